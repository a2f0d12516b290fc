package dev.passage.interop;

import dev.passage.errors.Text;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a {@code .qde} with its {@code sources/} folder into an {@link ImportPlan}, tolerating what real producers write
 * (namespace variants, {@code Sources/} in any case, a BOM, bare source paths, absent optional parts) and reporting every
 * element Passage does not take over. Users, notes, codebook and variables are read first, then the sources with their
 * selections, then cases, links, sets and graphs.
 */
final class QdeReader {
    private final Path qde;
    private final String shown;
    private final ImportOptions options;
    private final InteropReport.Builder report;
    private final Map<String, Path> sourceFiles = new HashMap<>();
    private final Map<String, String> users = new HashMap<>();
    private final Map<String, NoteData> notes = new LinkedHashMap<>();
    private final Set<String> usedNotes = new HashSet<>();
    private final Map<String, VariableDef> variableDefs = new LinkedHashMap<>();
    private final Map<String, ImportPlan.Variable> variables = new LinkedHashMap<>();
    private final List<ImportPlan.Memo> memos = new ArrayList<>();
    private final Map<String, ImportPlan.Document> documents = new LinkedHashMap<>();
    /** Selection key to the keys of the codings made from it (for links and notes that point at selections). */
    private final Map<String, List<String>> selectionCodings = new HashMap<>();
    private final Set<String> documentNames = new HashSet<>();
    private PositionModel model;
    private CodebookReader codebook;
    private int formattedCopies;
    private int selectionsInsideWords;
    private int selections;

    private record NoteData(String key, String name, String text, String author, java.time.Instant created) {
    }

    private record VariableDef(String key, String name, VariableType type, boolean attribute, boolean passage) {
    }

    QdeReader(Path qde, Path sourcesFolder, String shown, ImportOptions options, InteropReport.Builder report) {
        this.qde = qde;
        this.shown = shown;
        this.options = options;
        this.report = report;
        if (sourcesFolder != null) {
            try (Stream<Path> files = Files.list(sourcesFolder)) {
                files.filter(Files::isRegularFile).forEach(f -> sourceFiles.put(f.getFileName().toString().toLowerCase(java.util.Locale.ROOT), f));
            } catch (IOException e) {
                throw new InteropException(Text.of("interop.sourcesFolderRead", shown, e.getMessage()), e);
            }
        }
    }

    ImportPlan read() {
        Element project = SecureXml.parse(qde, shown).getDocumentElement();
        if (!"Project".equals(SecureXml.localName(project))) {
            throw new InteropException(Text.of("interop.refiQdaProjectRoot", shown, SecureXml.localName(project)));
        }
        String ns = project.getNamespaceURI();
        if (ns == null || !Qda.ANY_PROJECT_NS.matcher(ns).matches()) {
            report.warn("the project is not in the namespace " + Qda.PROJECT_NS + " (found " + ns + "); it was read anyway");
        }
        String origin = SecureXml.attr(project, "origin");
        model = options.positions() != null ? options.positions() : PositionModel.forOrigin(origin);
        if (model != PositionModel.CODE_POINTS) {
            report.warn("text positions were counted as " + model + " (producer: " + origin + ")");
        }
        SecureXml.listed(project, "Users", "User").forEach(this::user);
        SecureXml.listed(project, "Notes", "Note").forEach(this::note);
        codebook = new CodebookReader(report);
        Element codeBook = SecureXml.child(project, "CodeBook");
        List<ImportPlan.Code> codes = codeBook == null ? List.of() : codebook.read(SecureXml.child(codeBook, "Codes"));
        report.count("codes", codebook.count());
        SecureXml.listed(project, "Variables", "Variable").forEach(this::variable);
        sources(SecureXml.child(project, "Sources"));
        List<ImportPlan.Unit> units = cases(SecureXml.listed(project, "Cases", "Case"));
        SecureXml.listed(project, "Links", "Link").forEach(this::link);
        List<ImportPlan.DocumentSet> sets = sets(SecureXml.listed(project, "Sets", "Set"));
        for (Element graph : SecureXml.listed(project, "Graphs", "Graph")) {
            report.lose("Graph", name(graph), "Passage has no graphs");
        }
        codebook.noteRefs.forEach((code, refs) -> refs.forEach(n -> noteMemo(n, MemoTarget.CODE, code, null)));
        String description = SecureXml.childText(project, "Description");
        if (description != null && !description.isBlank()) {
            memos.add(new ImportPlan.Memo(MemoTarget.PROJECT, null, "Project description", description.strip(), null, null));
        }
        SecureXml.children(project, "NoteRef").forEach(r -> noteMemo(Guids.key(SecureXml.attr(r, "targetGUID")), MemoTarget.PROJECT, null, null));
        for (NoteData n : notes.values()) {
            if (!usedNotes.contains(n.key())) {
                memos.add(new ImportPlan.Memo(MemoTarget.PROJECT, null, n.name(), n.text(), n.author(), n.created()));
            }
        }
        if (formattedCopies > 0) {
            report.warn(formattedCopies + " text sources also had a formatted copy (richTextPath); Passage keeps their plain text");
        }
        if (selections >= 5 && selectionsInsideWords * 2 > selections) {
            report.warn(selectionsInsideWords + " of " + selections + " selections start inside a word: the positions may be counted "
                        + "differently than " + model + " assumes; check the codings or import again with another position model");
        }
        String name = SecureXml.attr(project, "name");
        report.count("documents", documents.size()).count("units", units.size()).count("variables", variables.size())
              .count("memos", memos.size()).count("document sets", sets.size());
        return new ImportPlan(name == null || name.isBlank() ? "Imported project" : name.strip(), codes,
                              List.copyOf(documents.values()), units, List.copyOf(variables.values()), memos, sets);
    }

    /**
     * Sets of sources become document sets. What a set loses is said once per set: members that are codes or notes (Passage
     * sets hold documents) and sources that were not imported; a set left with no document is not created.
     */
    private List<ImportPlan.DocumentSet> sets(List<Element> sets) {
        List<ImportPlan.DocumentSet> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Element set : sets) {
            String raw = SecureXml.attr(set, "name");
            String name = raw == null || raw.isBlank() ? "Set " + (out.size() + 1) : raw.strip();
            int others = SecureXml.children(set, "MemberCode").size() + SecureXml.children(set, "MemberNote").size();
            List<String> members = new ArrayList<>();
            int missing = 0;
            for (Element m : SecureXml.children(set, "MemberSource")) {
                String key = Guids.key(SecureXml.attr(m, "targetGUID"));
                if (!documents.containsKey(key)) {
                    missing++;
                } else if (!members.contains(key)) {
                    members.add(key);
                }
            }
            boolean dropped = members.isEmpty() && (others > 0 || missing > 0);
            if (others > 0 || missing > 0) {
                List<String> why = new ArrayList<>();
                if (others > 0) {
                    why.add(others + " codes or notes (Passage sets hold documents only)");
                }
                if (missing > 0) {
                    why.add(missing + " sources that were not imported");
                }
                report.lose("Set", "\"" + name + "\" (" + String.join(", ", why) + ")",
                            dropped ? "the set is not created: none of its members is a document that was imported"
                                    : "kept as a document set of its " + members.size() + " imported documents");
            }
            if (dropped) {
                continue;
            }
            out.add(new ImportPlan.DocumentSet(Names.unique(Names.fit(name, 300), names), members));
        }
        return out;
    }

    private void user(Element u) {
        String key = Guids.key(SecureXml.attr(u, "guid"));
        String name = SecureXml.attr(u, "name");
        if (name == null || name.isBlank()) {
            name = SecureXml.attr(u, "id");
        }
        if (key != null) {
            users.put(key, Names.fit(name == null || name.isBlank() ? "user " + key.substring(0, Math.min(8, key.length())) : name.strip(), 200));
        }
    }

    private String userName(String guid) {
        return guid == null ? null : users.get(Guids.key(guid));
    }

    private void note(Element n) {
        String key = Guids.key(SecureXml.attr(n, "guid"));
        String text = sourceText(n, "Note", name(n));
        if (key == null || text == null) {
            return;
        }
        if (!SecureXml.children(n, "PlainTextSelection").isEmpty()) {
            report.lose("PlainTextSelection", SecureXml.children(n, "PlainTextSelection").size() + " in note " + name(n),
                        "selections inside notes are not kept (the note's text is)");
        }
        String name = SecureXml.attr(n, "name");
        notes.put(key, new NoteData(key, name == null ? null : Names.fit(name.strip(), 300), text.strip(),
                                    userName(SecureXml.attr(n, "creatingUser")), QdaValues.dateTime(SecureXml.attr(n, "creationDateTime"))));
    }

    /**
     * Adds the note {@code noteKey} as a memo on the target. A note without a name attached to a coding whose memo is still
     * free becomes that coding's own memo, with the note's author and time (this is how Passage writes coding memos); returns
     * the coding memo text if so.
     */
    private String noteMemo(String noteKey, MemoTarget target, String targetKey, NoteData[] codingMemo) {
        NoteData n = notes.get(noteKey);
        if (n == null) {
            report.warn("a reference to the note " + noteKey + " points at no note; it is ignored");
            return null;
        }
        usedNotes.add(noteKey);
        if (codingMemo != null && n.name() == null && codingMemo[0] == null) {
            codingMemo[0] = n;
            return n.text();
        }
        memos.add(new ImportPlan.Memo(target, targetKey, n.name() == null || n.name().isBlank() ? null : n.name(), n.text(),
                                      n.author(), n.created()));
        return null;
    }

    private void variable(Element v) {
        String key = Guids.key(SecureXml.attr(v, "guid"));
        String name = Names.fit(SecureXml.attr(v, "name"), 200);
        if (key == null || name == null || name.isBlank()) {
            report.lose("Variable", name(v), "has no guid or no name");
            return;
        }
        String description = SecureXml.childText(v, "Description");
        VariableType marked = VariableMarkers.markedType(description);
        VariableType type = marked != null ? marked : VariableMarkers.fromTypeOfVariable(SecureXml.attr(v, "typeOfVariable"));
        variableDefs.put(key, new VariableDef(key, name.strip(), type, VariableMarkers.isAttribute(description), marked != null));
    }

    /** Reads one VariableValue into {@code values} (or {@code attributes} for Passage document attributes and other programs' source values). */
    private void value(Element vv, VariableScope scope, List<ImportPlan.Value> values, Map<String, String> attributes, String owner) {
        String ref = Guids.key(SecureXml.attr(SecureXml.child(vv, "VariableRef"), "targetGUID"));
        VariableDef def = ref == null ? null : variableDefs.get(ref);
        if (def == null) {
            report.lose("VariableValue", "of " + owner, "refers to an undeclared variable " + ref);
            return;
        }
        String raw = QdaValues.raw(vv);
        if (raw == null) {
            return; // an empty value is a missing value
        }
        if (attributes != null && (def.attribute() || !def.passage())) {
            attributes.put(def.name(), raw);
            if (def.attribute()) {
                return;
            }
        }
        ImportPlan.Value value = QdaValues.convert(def.key() + "/" + scope, def.type(), raw);
        if (value == null) {
            report.lose("VariableValue", def.name() + "=" + raw + " of " + owner, "is not a valid " + def.type());
            return;
        }
        variables.putIfAbsent(value.variableKey(), new ImportPlan.Variable(value.variableKey(), def.name(), scope, def.type()));
        values.add(value);
    }

    private void sources(Element sources) {
        if (sources == null) {
            return;
        }
        for (Element s = firstElement(sources); s != null; s = nextElement(s)) {
            switch (SecureXml.localName(s)) {
                case "TextSource" -> textSource(s, null);
                case "PDFSource" -> pdfSource(s);
                default -> mediaSource(s);
            }
        }
    }

    private void pdfSource(Element pdf) {
        int selectionCount = SecureXml.children(pdf, "PDFSelection").size();
        if (selectionCount > 0) {
            report.lose("PDFSelection", selectionCount + " in " + name(pdf), "selections on PDF pages are not kept");
        }
        Element representation = SecureXml.child(pdf, "Representation");
        if (representation == null) {
            report.lose("PDFSource", name(pdf), "a PDF without a text representation; import the PDF file itself with `passage import`");
            return;
        }
        int before = documents.size();
        textSource(representation, SecureXml.attr(pdf, "name"));
        if (documents.size() > before) {
            report.warn("the PDF " + name(pdf) + " was imported as its plain-text representation (the PDF file itself is not kept)");
        }
    }

    private void mediaSource(Element s) {
        int selectionCount = 0;
        for (String sel : List.of("PictureSelection", "AudioSelection", "VideoSelection")) {
            selectionCount += SecureXml.children(s, sel).size();
        }
        int transcripts = SecureXml.children(s, "Transcript").size();
        report.lose(SecureXml.localName(s), name(s), "Passage keeps texts only"
                    + (selectionCount > 0 ? "; its " + selectionCount + " selections are lost with it" : "")
                    + (transcripts > 0 ? "; its " + transcripts + " transcripts are lost with it" : ""));
    }

    private void textSource(Element ts, String nameOverride) {
        String key = Guids.key(SecureXml.attr(ts, "guid"));
        String label = nameOverride != null ? nameOverride : SecureXml.attr(ts, "name");
        String shownName = label == null ? name(ts) : "\"" + label + "\"";
        int selectionCount = SecureXml.children(ts, "PlainTextSelection").size();
        String raw = sourceText(ts, "TextSource", shownName + (selectionCount > 0 ? " (with its " + selectionCount + " selections)" : ""));
        if (raw == null || key == null) {
            return;
        }
        if (SecureXml.attr(ts, "richTextPath") != null) {
            formattedCopies++;
        }
        SourceText text = SourceText.of(raw, model);
        String name = Names.unique(Names.fit(label == null || label.isBlank() ? fallbackName(ts) : label.strip(), 480), documentNames);
        List<ImportPlan.Coding> codings = new ArrayList<>();
        for (Element sel : SecureXml.children(ts, "PlainTextSelection")) {
            selection(sel, text, raw, name, key, codings);
        }
        for (Element c : SecureXml.children(ts, "Coding")) {
            if (!text.text().isEmpty()) {
                coding(c, 0, text.text().length(), null, name, key, codings);
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        List<ImportPlan.Value> values = new ArrayList<>();
        SecureXml.children(ts, "VariableValue").forEach(vv -> value(vv, VariableScope.DOCUMENT, values, attributes, name));
        SecureXml.children(ts, "NoteRef").forEach(r -> noteMemo(Guids.key(SecureXml.attr(r, "targetGUID")), MemoTarget.DOCUMENT, key, null));
        String description = SecureXml.childText(ts, "Description");
        if (description != null && !description.isBlank()) {
            memos.add(new ImportPlan.Memo(MemoTarget.DOCUMENT, key, "Description", description.strip(), null, null));
        }
        documents.put(key, new ImportPlan.Document(key, name, text.text(), shown + "#" + name,
                                                   QdaValues.dateTime(SecureXml.attr(ts, "creationDateTime")), codings, attributes, values));
        report.count("codings", codings.size());
    }

    /** A source without a name is named after its file (qc writes none), else numbered. */
    private String fallbackName(Element ts) {
        String path = SecureXml.attr(ts, "plainTextPath");
        if (path == null || path.isBlank()) {
            return "Source " + (documents.size() + 1);
        }
        String file = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private void selection(Element sel, SourceText text, String raw, String document, String documentKey, List<ImportPlan.Coding> codings) {
        String guid = SecureXml.attr(sel, "guid");
        long start;
        long end;
        try {
            start = Long.parseLong(SecureXml.attr(sel, "startPosition").strip());
            end = Long.parseLong(SecureXml.attr(sel, "endPosition").strip());
        } catch (RuntimeException e) {
            report.lose("PlainTextSelection", guid + " in " + document, "has no readable startPosition/endPosition");
            return;
        }
        int[] range = text.map(start, end);
        if (range == null) {
            report.lose("PlainTextSelection", guid + " in " + document, "positions " + start + "-" + end + " lie outside the text ("
                        + text.units() + " positions counted as " + model + ")");
            return;
        }
        if (range[1] <= range[0]) {
            report.lose("PlainTextSelection", guid + " in " + document, "is empty (positions " + start + "-" + end + ")");
            return;
        }
        selections++;
        if (range[0] > 0 && Character.isLetterOrDigit(text.text().charAt(range[0] - 1)) && Character.isLetterOrDigit(text.text().charAt(range[0]))) {
            selectionsInsideWords++;
        }
        List<String> keys = new ArrayList<>();
        String fallbackUser = SecureXml.attr(sel, "creatingUser");
        for (Element c : SecureXml.children(sel, "Coding")) {
            String k = coding(c, range[0], range[1], fallbackUser, document, documentKey, codings);
            if (k != null) {
                keys.add(k);
            }
        }
        String selKey = Guids.key(guid);
        if (selKey != null) {
            selectionCodings.put(selKey, keys);
        }
        String quote = text.text().substring(range[0], range[1]);
        String description = SecureXml.childText(sel, "Description");
        if (description != null && !description.isBlank()) {
            annotate(keys, documentKey, quote, "Comment", description.strip(), userName(fallbackUser),
                     QdaValues.dateTime(SecureXml.attr(sel, "creationDateTime")));
        }
        for (Element r : SecureXml.children(sel, "NoteRef")) {
            NoteData n = notes.get(Guids.key(SecureXml.attr(r, "targetGUID")));
            if (n != null) {
                usedNotes.add(n.key());
                annotate(keys, documentKey, quote, n.name(), n.text(), n.author(), n.created());
            }
        }
    }

    /** A comment on a selection: a memo on each of its codings, or, for an uncoded selection, a document memo quoting it. */
    private void annotate(List<String> codingKeys, String documentKey, String quote, String title, String text, String author,
                          java.time.Instant created) {
        if (codingKeys.isEmpty()) {
            String q = quote.length() > 200 ? quote.substring(0, 199) + "…" : quote;
            memos.add(new ImportPlan.Memo(MemoTarget.DOCUMENT, documentKey, title == null || title.isBlank() ? "Annotation" : title,
                                          "On “" + q + "”:\n\n" + text, author, created));
            return;
        }
        for (String k : codingKeys) {
            memos.add(new ImportPlan.Memo(MemoTarget.CODING, k, title, text, author, created));
        }
    }

    private String coding(Element c, int start, int end, String fallbackUser, String document, String documentKey,
                          List<ImportPlan.Coding> codings) {
        String guid = SecureXml.attr(c, "guid");
        String codeKey = Guids.key(SecureXml.attr(SecureXml.child(c, "CodeRef"), "targetGUID"));
        if (codeKey == null || !codebook.byKey.containsKey(codeKey)) {
            report.lose("Coding", guid + " in " + document, "refers to a code that is not in the codebook (" + codeKey + ")");
            return null;
        }
        String key = guid != null ? Guids.key(guid) : documentKey + "/" + codings.size();
        String coder = userName(SecureXml.attr(c, "creatingUser"));
        if (coder == null) {
            coder = userName(fallbackUser);
        }
        NoteData[] memo = {null};
        for (Element r : SecureXml.children(c, "NoteRef")) {
            noteMemo(Guids.key(SecureXml.attr(r, "targetGUID")), MemoTarget.CODING, key, memo);
        }
        NoteData note = memo[0];
        codings.add(new ImportPlan.Coding(key, start, end, codeKey, coder != null ? coder : options.coder(),
                                          QdaValues.dateTime(SecureXml.attr(c, "creationDateTime")), note == null ? null : note.text(),
                                          note == null ? null : note.author(), note == null ? null : note.created()));
        return key;
    }

    /** The text of a TextSource or Note: inline PlainTextContent, or the file its plainTextPath names (BOM removed). */
    private String sourceText(Element e, String kind, String label) {
        String inline = SecureXml.childText(e, "PlainTextContent");
        if (inline != null) {
            return inline;
        }
        String path = SecureXml.attr(e, "plainTextPath");
        if (path == null || path.isBlank()) {
            report.lose(kind, label, "has neither PlainTextContent nor plainTextPath");
            return null;
        }
        String file = path.strip();
        if (file.regionMatches(true, 0, Qda.INTERNAL, 0, Qda.INTERNAL.length())) {
            file = file.substring(Qda.INTERNAL.length());
        }
        if (file.contains("/") || file.contains("\\") || file.contains(":")) {
            report.lose(kind, label, "its text is outside the project file (" + path + "); Passage reads only sources inside it");
            return null;
        }
        Path f = sourceFiles.get(file.toLowerCase(java.util.Locale.ROOT));
        if (f == null) {
            report.lose(kind, label, "its text file " + file + " is missing from the sources folder");
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(f);
            int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            report.lose(kind, label, "its text file " + file + " is not UTF-8, as REFI-QDA requires");
            return null;
        } catch (IOException | OutOfMemoryError failure) {
            report.lose(kind, label, "its text file " + file + " cannot be read: " + failure.getMessage());
            return null;
        }
    }

    private List<ImportPlan.Unit> cases(List<Element> cases) {
        List<ImportPlan.Unit> units = new ArrayList<>();
        Set<String> unitNames = new HashSet<>();
        Map<String, String> unitOf = new HashMap<>();
        for (Element c : cases) {
            String name = SecureXml.attr(c, "name");
            List<String> refs = new ArrayList<>();
            SecureXml.children(c, "SourceRef").forEach(r -> refs.add(Guids.key(SecureXml.attr(r, "targetGUID"))));
            if ((name == null || name.isBlank()) && refs.size() == 1 && SecureXml.child(c, "Description") == null) {
                ImportPlan.Document d = documents.get(refs.getFirst());
                if (d != null) { // QualCoder's convention: an unnamed case of one source carries that source's attributes
                    SecureXml.children(c, "VariableValue").forEach(vv -> value(vv, VariableScope.DOCUMENT, d.values(), d.attributes(), d.name()));
                    continue;
                }
            }
            String unitName = Names.unique(Names.fit(name == null || name.isBlank() ? "Case " + (units.size() + 1) : name.strip(), 300), unitNames);
            List<ImportPlan.Value> values = new ArrayList<>();
            SecureXml.children(c, "VariableValue").forEach(vv -> value(vv, VariableScope.UNIT, values, null, "case " + unitName));
            List<String> members = new ArrayList<>();
            for (String ref : refs) {
                if (!documents.containsKey(ref)) {
                    continue; // the source was not imported; it is reported already
                }
                if (unitOf.containsKey(ref)) {
                    report.lose("Case membership", documents.get(ref).name() + " in " + unitName,
                                "a document belongs to one unit in Passage; it stays in " + unitOf.get(ref));
                } else {
                    unitOf.put(ref, unitName);
                    members.add(ref);
                }
            }
            int selectionRefs = SecureXml.children(c, "SelectionRef").size();
            if (selectionRefs > 0) {
                report.lose("SelectionRef", selectionRefs + " in case " + unitName, "Passage places whole documents in units, not selections");
            }
            int codeRefs = SecureXml.children(c, "CodeRef").size();
            if (codeRefs > 0) {
                report.lose("CodeRef", codeRefs + " in case " + unitName, "Passage does not link codes to units");
            }
            String description = SecureXml.childText(c, "Description");
            units.add(new ImportPlan.Unit(unitName, description == null || description.isBlank() ? null : description.strip(), members, values));
        }
        return units;
    }

    private void link(Element link) {
        String origin = Guids.key(SecureXml.attr(link, "originGUID"));
        String target = Guids.key(SecureXml.attr(link, "targetGUID"));
        List<String> codingKeys = target == null ? null : selectionCodings.get(target);
        NoteData n = origin == null ? null : notes.get(origin);
        if (n != null && codingKeys != null && !codingKeys.isEmpty()) {
            usedNotes.add(n.key());
            codingKeys.forEach(k -> memos.add(new ImportPlan.Memo(MemoTarget.CODING, k, n.name(), n.text(), n.author(), n.created())));
            report.warn("the link " + name(link) + " from note \"" + n.name() + "\" to a coded selection became a memo on its codings");
            return;
        }
        report.lose("Link", name(link), "Passage has no links between items");
    }

    private static String name(Element e) {
        String n = SecureXml.attr(e, "name");
        return n != null && !n.isBlank() ? "\"" + n + "\"" : "(" + SecureXml.attr(e, "guid") + ")";
    }

    private static Element firstElement(Element parent) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static Element nextElement(Element e) {
        for (var n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element next) {
                return next;
            }
        }
        return null;
    }
}
