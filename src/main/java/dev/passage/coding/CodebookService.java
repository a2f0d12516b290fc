package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.model.Coding;
import dev.passage.model.Memo;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Codebook edits (add, rename, recolour, describe, move, merge, delete), each an undoable command. */
public final class CodebookService {
    private final Database database;
    private final CommandHistory history;
    private final java.util.function.Supplier<dev.passage.model.CoderScope> scope;

    public CodebookService(Database database, CommandHistory history) {
        this(database, history, () -> dev.passage.model.CoderScope.EVERYONE);
    }

    /** A codebook whose coding counts are those of the codings {@code scope} lets through (the session's "Show codings of"). */
    public CodebookService(Database database, CommandHistory history, java.util.function.Supplier<dev.passage.model.CoderScope> scope) {
        this.database = database;
        this.history = history;
        this.scope = scope;
    }

    public Codebook codebook() {
        return new Codebook(database.read(a -> a.codes().list()));
    }

    /** The codings per code id, of the coders the scope shows. */
    public Map<Long, Integer> codingCounts() {
        return database.read(a -> a.codings(scope.get()).countsByCode());
    }

    /** The codes and their coding counts (of the coders the scope shows) as of one moment. */
    public CodebookCounts withCounts() {
        return database.read(a -> new CodebookCounts(a.codes().list(), a.codings(scope.get()).countsByCode()));
    }

    public Code add(Long parentId, String name, String colour, CodeDescription description) {
        Codebook book = codebook();
        String clean = checkName(name);
        if (parentId != null) {
            book.get(parentId);
        }
        if (book.childNamed(parentId, clean).isPresent()) {
            throw new CodingException(Text.of("coding.thereAlreadyCode", clean, where(book, parentId)));
        }
        String c = colour == null ? defaultColour(book, parentId) : CodePalette.normalise(colour);
        return history.run(new AddCodeCommand(parentId, clean, c, description == null ? CodeDescription.EMPTY : description)).code();
    }

    /**
     * Adds the code at {@code path} ("Parent/Child"), creating missing parents on the way (each as its own undoable step).
     * Fails if the full path exists already.
     */
    public Code addPath(String path, String colour, CodeDescription description) {
        List<String> parts = Codebook.splitPath(path);
        Codebook book = codebook();
        if (book.findByPath(path).isPresent()) {
            throw new CodingException(Text.of("coding.codeExistsAlready", String.join("/", parts)));
        }
        Long parent = null;
        for (int i = 0; i < parts.size() - 1; i++) {
            var existing = book.childNamed(parent, parts.get(i));
            parent = existing.isPresent() ? existing.get().id() : add(parent, parts.get(i), null, null).id();
            book = codebook();
        }
        return add(parent, parts.getLast(), colour, description);
    }

    /** The code at {@code path}, or a clear error naming the path. */
    public Code resolve(String path) {
        return codebook().findByPath(path).orElseThrow(() -> new CodingException(Text.of("coding.thereCodeCodebook", path)));
    }

    /** The ids of the code at {@code path} and of all codes below it (a search filter's codes), or a clear error naming the path. */
    public Set<Long> selfAndDescendants(String path) {
        return codebook().selfAndDescendants(resolve(path).id());
    }

    /** Renames the code as it is now (the command line: the version it just read). */
    public Code rename(long codeId, String newName) {
        return rename(codebook().get(codeId), newName);
    }

    /**
     * Renames the code on the version {@code seen} (what the editor showed); refused with a {@link StaleEditException} when someone
     * changed it since, which offers to rename the current version.
     */
    public Code rename(Code seen, String newName) {
        Codebook book = codebook();
        String clean = checkName(newName);
        book.childNamed(seen.parentId(), clean).filter(c -> c.id() != seen.id()).ifPresent(c -> {
            throw new CodingException(Text.of("coding.thereAlreadyCode", clean, where(book, seen.parentId())));
        });
        Code after = new Code(seen.id(), seen.parentId(), clean, seen.colour(), seen.description(), seen.sortOrder(), seen.version());
        Text label = Text.of("coding.label.rename", seen.name(), clean);
        return StaleEdits.reapplyable(label, () -> rename(seen.id(), newName), () -> update(label, seen, after));
    }

    public Code recolour(long codeId, String colour) {
        return recolour(codebook().get(codeId), colour);
    }

    /** Recolours the code on the version {@code seen}; see {@link #rename(Code, String)}. */
    public Code recolour(Code seen, String colour) {
        Code after = new Code(seen.id(), seen.parentId(), seen.name(), CodePalette.normalise(colour), seen.description(), seen.sortOrder(),
                              seen.version());
        Text label = Text.of("coding.label.recolour", seen.name());
        return StaleEdits.reapplyable(label, () -> recolour(seen.id(), colour), () -> update(label, seen, after));
    }

    public Code describe(long codeId, CodeDescription description) {
        return describe(codebook().get(codeId), description);
    }

    /** Describes the code on the version {@code seen} (a dialog opened at v3 saves on v3); see {@link #rename(Code, String)}. */
    public Code describe(Code seen, CodeDescription description) {
        Code after = new Code(seen.id(), seen.parentId(), seen.name(), seen.colour(), description, seen.sortOrder(), seen.version());
        Text label = Text.of("coding.label.describe", seen.name());
        return StaleEdits.reapplyable(label, () -> describe(seen.id(), description), () -> update(label, seen, after));
    }

    /** Moves a code (with everything below it) under {@code newParentId}, or to the top level when null. */
    public Code move(long codeId, Long newParentId) {
        return move(codebook().get(codeId), newParentId);
    }

    /** Moves the code on the version {@code seen}; see {@link #rename(Code, String)}. */
    public Code move(Code seen, Long newParentId) {
        Codebook book = codebook();
        long codeId = seen.id();
        if (newParentId != null) {
            book.get(newParentId);
            if (book.isSelfOrDescendant(newParentId, codeId)) {
                throw new CodingException(Text.of("coding.moveUnderItselfOne", seen.name()));
            }
        }
        book.childNamed(newParentId, seen.name()).filter(c -> c.id() != codeId).ifPresent(c -> {
            throw new CodingException(Text.of("coding.thereAlreadyCode", seen.name(), where(book, newParentId)));
        });
        int order = database.read(a -> a.codes().nextSortOrder(newParentId));
        Code after = new Code(codeId, newParentId, seen.name(), seen.colour(), seen.description(), order, seen.version());
        String dest = newParentId == null ? "the top level" : book.get(newParentId).name();
        Text label = Text.of("coding.label.move", seen.name(), dest);
        return StaleEdits.reapplyable(label, () -> move(codeId, newParentId), () -> update(label, seen, after));
    }

    private Code update(Text label, Code before, Code after) {
        history.run(new UpdateCodeCommand(label, before, after));
        return new Code(after.id(), after.parentId(), after.name(), after.colour(), after.description(), after.sortOrder(),
                        after.version() + 1);
    }

    /** Merges {@code sourceId} into {@code targetId}: codings, sub-codes and memos move to the target; the source goes. */
    public void merge(long sourceId, long targetId) {
        Codebook book = codebook();
        Code source = book.get(sourceId);
        Code target = book.get(targetId);
        if (book.isSelfOrDescendant(targetId, sourceId)) {
            throw new CodingException(Text.of("coding.mergeIntoItselfOne", source.name()));
        }
        List<Coding> codings = database.read(a -> a.codings().forCodes(List.of(sourceId)));
        List<Memo> memos = database.read(a -> a.memos().forTarget(MemoTarget.CODE, sourceId));
        Text label = Text.of("coding.label.merge", source.name(), target.name());
        StaleEdits.reapplyable(label, () -> merge(sourceId, targetId), () -> {
            history.run(new MergeCodesCommand(label, source, targetId, codings, book.children(sourceId), memos));
            return null;
        });
    }

    /** Deletes a code, all codes below it and all their codings. Returns how many codings went. */
    public int delete(long codeId) {
        Codebook book = codebook();
        Code code = book.get(codeId);
        List<Code> topDown = new ArrayList<>();
        for (Long id : book.selfAndDescendants(codeId)) {
            topDown.add(book.get(id));
        }
        List<Coding> codings = database.read(a -> a.codings().forCodes(book.selfAndDescendants(codeId)));
        Text label = Text.of("coding.label.deleteCode", code.name());
        StaleEdits.reapplyable(label, () -> delete(codeId), () -> history.run(new DeleteCodeCommand(label, topDown, codings)));
        return codings.size();
    }

    static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new CodingException(Text.of("coding.codeNeedsName"));
        }
        String clean = name.strip().replaceAll("\\s+", " ");
        if (clean.contains(Codebook.SEPARATOR)) {
            throw new CodingException(Text.of("coding.codeNameContainWhich", clean));
        }
        if (clean.length() > 300) {
            throw new CodingException(Text.of("coding.codeNameHaveMost"));
        }
        return clean;
    }

    private static String where(Codebook book, Long parentId) {
        return parentId == null ? "at the top level" : "under \"" + book.path(parentId) + "\"";
    }

    static String defaultColour(Codebook book, Long parentId) {
        if (parentId != null) {
            return book.get(parentId).colour();
        }
        return CodePalette.colourFor(book.roots().size());
    }
}
