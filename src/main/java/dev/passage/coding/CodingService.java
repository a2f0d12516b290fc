package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Coding;
import dev.passage.store.Database;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Applying, removing and changing codings. Every change is an undoable command run through the {@link CommandHistory}. */
public final class CodingService {
    private final Database database;
    private final CommandHistory history;
    private final CodebookService codebook;
    private volatile String coder;
    private volatile boolean ownCodingsOnly;

    public CodingService(Database database, CommandHistory history, CodebookService codebook, String coder) {
        this.database = database;
        this.history = history;
        this.codebook = codebook;
        setCoder(coder);
    }

    public String coder() {
        return coder;
    }

    public void setCoder(String coder) {
        if (coder == null || coder.isBlank()) {
            throw new CodingException(Text.of("coding.coderNeedsName"));
        }
        this.coder = coder.strip();
    }

    /**
     * In a team project (on a server) codings belong to their coder: only they remove, recode or resize them; this session's
     * edits of another coder's coding are refused with a message naming its coder.
     */
    public void keepToOwnCodings() {
        this.ownCodingsOnly = true;
    }

    /** Codes [start, end) of a document; overlapping and nested codings are allowed. */
    public Coding apply(long documentId, int start, int end, long codeId) {
        return apply(documentId, start, end, codeId, null);
    }

    public Coding apply(long documentId, int start, int end, long codeId, String memo) {
        String docName = checkRange(documentId, start, end);
        String codeName = codebook.codebook().get(codeId).name();
        var cmd = history.run(new ApplyCodingCommand(Text.of("coding.label.apply", codeName, docName), documentId, start, end, codeId, coder,
                                                     blankToNull(memo)));
        return cmd.coding();
    }

    /**
     * Creates the code {@code path} ("Name", or "Parent/Child" with missing parents created) under {@code parentId} (null = top
     * level) and applies it to [start, end), as ONE undoable edit (the history records the new code(s) and the coding). When the
     * code exists already it is simply applied.
     */
    public Coding applyNewCode(long documentId, int start, int end, Long parentId, String path) {
        String docName = checkRange(documentId, start, end);
        Codebook book = codebook.codebook();
        if (parentId != null) {
            book.get(parentId);
        }
        List<String> names = Codebook.splitPath(path).stream().map(CodebookService::checkName).toList();
        if (names.isEmpty()) {
            throw new CodingException(Text.of("coding.codeNeedsName"));
        }
        Long parent = parentId;
        int i = 0;
        for (; i < names.size(); i++) {
            var existing = book.childNamed(parent, names.get(i));
            if (existing.isEmpty()) {
                break;
            }
            parent = existing.get().id();
        }
        if (i == names.size()) {
            return apply(documentId, start, end, parent);
        }
        List<String> missing = names.subList(i, names.size());
        String name = names.getLast();
        var cmd = history.run(new AddCodeAndApplyCommand(Text.of("coding.label.addAndApply", name, docName), parent, missing,
                                                         CodebookService.defaultColour(book, parent), documentId, start, end, coder,
                                                         Text.of("coding.label.apply", name, docName)));
        return cmd.coding();
    }

    /**
     * Codes many ranges with one code as a single undoable edit; ranges this coder already coded with that code exactly are
     * skipped (another coder's identical coding is kept beside it: both count for agreement).
     */
    public List<Coding> applyAll(Collection<TextRange> ranges, long codeId, Text label) {
        String codeName = codebook.codebook().get(codeId).name();
        var existing = database.read(a -> a.codings().forCodes(List.of(codeId)));
        var seen = new LinkedHashSet<TextRange>();
        for (Coding c : existing) {
            if (c.coder().equals(coder)) {
                seen.add(new TextRange(c.documentId(), c.start(), c.end()));
            }
        }
        List<ApplyCodingCommand> parts = new ArrayList<>();
        for (TextRange r : new LinkedHashSet<>(ranges)) {
            if (seen.add(r)) {
                String docName = checkRange(r.documentId(), r.start(), r.end());
                parts.add(new ApplyCodingCommand(Text.of("coding.label.apply", codeName, docName), r.documentId(), r.start(), r.end(), codeId,
                                                 coder, null));
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        history.run(new CompositeCommand(label != null ? label : Text.of("coding.label.applyMany", codeName, parts.size()), parts));
        return parts.stream().map(ApplyCodingCommand::coding).toList();
    }

    public void remove(long codingId) {
        Coding c = own(find(codingId));
        String codeName = codebook.codebook().find(c.codeId()).map(x -> x.name()).orElse("code");
        history.run(new RemoveCodingsCommand(Text.of("coding.label.remove", codeName, documentName(c.documentId())), List.of(c)));
    }

    /** Gives a coding another code. */
    public Coding recode(long codingId, long newCodeId) {
        Coding before = own(find(codingId));
        String newName = codebook.codebook().get(newCodeId).name();
        Coding after = before.withCode(newCodeId);
        history.run(new UpdateCodingCommand(Text.of("coding.label.recode", newName), before, after));
        return after;
    }

    /** Moves a coding's boundaries. */
    public Coding adjust(long codingId, int start, int end) {
        Coding before = own(find(codingId));
        checkRange(before.documentId(), start, end);
        Coding after = before.withRange(start, end);
        history.run(new UpdateCodingCommand(Text.of("coding.label.adjust"), before, after));
        return after;
    }

    /**
     * Sets a coding's memo, credited to the current coder now (who wrote it and when, not the coding's coder and time); a blank
     * memo clears the memo with its author and time. Undo puts back the previous text, author and time.
     */
    public Coding setMemo(long codingId, String memo) {
        Coding before = find(codingId);
        Coding after = before.withMemo(blankToNull(memo), coder, Instant.now().truncatedTo(ChronoUnit.MICROS));
        if (Objects.equals(before.memo(), after.memo())) {
            return before;
        }
        history.run(new UpdateCodingCommand(Text.of("coding.label.codingMemo"), before, after));
        return after;
    }

    public Coding find(long codingId) {
        return database.read(a -> a.codings().find(codingId))
                       .orElseThrow(() -> new CodingException(Text.of("coding.thereCodingId", codingId)));
    }

    public List<Coding> forDocument(long documentId) {
        return database.read(a -> a.codings().forDocument(documentId));
    }

    /** The coding, when this session may change it (see {@link #keepToOwnCodings}). */
    private Coding own(Coding c) {
        if (ownCodingsOnly && !c.coder().equals(coder)) {
            throw new CodingException(Text.of("coding.othersCoding", c.coder(), coder));
        }
        return c;
    }

    private String checkRange(long documentId, int start, int end) {
        record Doc(String name, int length) {
        }
        Doc doc = database.read(a -> a.documents().name(documentId).map(n -> new Doc(n, a.documents().length(documentId).orElse(0))))
                          .orElseThrow(() -> new CodingException(Text.of("coding.thereDocumentId", documentId)));
        if (start < 0 || end > doc.length() || start >= end) {
            throw new CodingException(Text.of("coding.rangeInsideStartBefore", start, end, doc.name(), doc.length()));
        }
        return doc.name();
    }

    private String documentName(long documentId) {
        return database.read(a -> a.documents().name(documentId)).orElse("document " + documentId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
