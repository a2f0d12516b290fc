package dev.passage.interop;

import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.DocumentCase;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Memo;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.model.Unit;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableValue;
import dev.passage.store.Database;

import javax.xml.stream.XMLStreamException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Streams a project as {@code project.qde} (QDA-XML 1.0): users, codebook, variables, cases (units), text sources with
 * their selections and codings (positions in code points), notes (memos) and the project's note references. Empty
 * containers are left out, as the schema requires. Documents are read one at a time.
 */
final class ProjectXmlWriter {
    private final Database db;
    private final ExportSnapshot snap;
    private final Guids guids;
    private final InteropReport.Builder report;
    /** Coding memos met while writing the sources; they become notes after the sources. */
    private final List<Coding> codingMemos = new ArrayList<>();
    /** The codes' stored GUIDs (V8, from an import or given when made); other codes get the generated one. */
    private Map<Long, String> codeGuids;

    ProjectXmlWriter(Database db, ExportSnapshot snap, Guids guids, InteropReport.Builder report) {
        this.db = db;
        this.snap = snap;
        this.guids = guids;
        this.report = report;
    }

    private String codeGuid(long codeId) {
        if (codeGuids == null) {
            codeGuids = db.read(tx -> tx.codes().guids());
        }
        String stored = codeGuids.get(codeId);
        return stored != null ? stored : guids.of("code", codeId);
    }

    static String sourceFile(Guids guids, long documentId) {
        return guids.of("document", documentId) + ".txt";
    }

    /** Receives each document's text while the sources are written, so the text is read from the store once. */
    @FunctionalInterface
    interface TextSink {
        void accept(long documentId, String text) throws java.io.IOException;
    }

    private TextSink sink = (id, text) -> { };

    /** Writes project.qde to {@code out}, handing each document's text to {@code texts} on the way. */
    void write(OutputStream out, TextSink texts) throws XMLStreamException, java.io.IOException {
        this.sink = texts;
        write(out);
    }

    void write(OutputStream out) throws XMLStreamException, java.io.IOException {
        try (XmlOut x = new XmlOut(out, "Project", Qda.PROJECT_NS)) {
            x.attr("name", snap.info().name()).attr("origin", Qda.ORIGIN)
             .attr("creationDateTime", snap.info().created()).attr("modifiedDateTime", Instant.now());
            users(x);
            codebook(x);
            variables(x);
            cases(x);
            sources(x);
            notes(x);
            sets(x);
            for (Memo m : snap.memos(MemoTarget.PROJECT, null)) {
                x.ref("NoteRef", guids.of("memo", m.id()));
            }
        }
    }

    private String user(String name) {
        return name == null || name.isBlank() ? null : guids.of("user", name);
    }

    private void users(XmlOut x) throws XMLStreamException {
        if (snap.users().isEmpty()) {
            return;
        }
        x.start("Users");
        for (String u : snap.users()) {
            x.empty("User").attr("guid", user(u)).attr("name", u);
        }
        x.end();
        report.count("users", snap.users().size());
    }

    private void codebook(XmlOut x) throws XMLStreamException {
        Map<Long, List<Code>> tree = snap.codeTree();
        if (!tree.containsKey(null)) {
            return;
        }
        x.start("CodeBook").start("Codes");
        writeCodes(x, tree, tree.get(null), true);
        x.end().end();
        report.count("codes", snap.codes().size());
    }

    /** Writes codes recursively; {@code withNotes} is false for a .qdc, whose codes cannot carry note references. */
    void writeCodes(XmlOut x, Map<Long, List<Code>> tree, List<Code> codes, boolean withNotes) throws XMLStreamException {
        for (Code c : codes) {
            x.start("Code").attr("guid", codeGuid(c.id())).attr("name", c.name()).attr("isCodable", "true")
             .attr("color", c.colour());
            String description = CodeDescriptions.format(c.description());
            if (!description.isEmpty()) {
                x.element("Description", description);
            }
            if (withNotes) {
                for (Memo m : snap.memos(MemoTarget.CODE, c.id())) {
                    x.ref("NoteRef", guids.of("memo", m.id()));
                }
            }
            writeCodes(x, tree, tree.getOrDefault(c.id(), List.of()), withNotes);
            x.end();
        }
    }

    private void variables(XmlOut x) throws XMLStreamException {
        List<Variable> carried = new ArrayList<>();
        for (Variable v : snap.variables()) {
            if (v.scope() == VariableScope.RESPONDENT) {
                report.lose("Variable", v.name(), "a survey respondent variable; REFI-QDA has no survey respondents");
            } else {
                carried.add(v);
            }
        }
        if (carried.isEmpty() && snap.attributeNames().isEmpty()) {
            return;
        }
        x.start("Variables");
        for (Variable v : carried) {
            x.start("Variable").attr("guid", guids.of("variable", v.id())).attr("name", v.name())
             .attr("typeOfVariable", VariableMarkers.typeOfVariable(v.type()))
             .element("Description", VariableMarkers.of(v.scope(), v.type())).end();
        }
        for (String a : snap.attributeNames()) {
            x.start("Variable").attr("guid", guids.of("attribute", a)).attr("name", a).attr("typeOfVariable", "Text")
             .element("Description", VariableMarkers.ATTRIBUTE).end();
        }
        x.end();
        report.count("variables", carried.size() + snap.attributeNames().size());
    }

    private void value(XmlOut x, String variableGuid, Variable v, VariableValue value) throws XMLStreamException {
        String element;
        String text;
        switch (v.type()) {
            case NUMBER -> {
                if (value.number() == null || value.number().isNaN() || value.number().isInfinite()) {
                    report.lose("VariableValue", v.name() + "=" + value.display(), "not a finite number");
                    return;
                }
                element = "FloatValue";
                text = BigDecimal.valueOf(value.number()).stripTrailingZeros().toPlainString();
            }
            case DATE -> {
                element = "DateValue";
                text = value.text();
            }
            default -> {
                element = "TextValue";
                text = value.display();
            }
        }
        x.start("VariableValue").ref("VariableRef", variableGuid).element(element, text).end();
        report.count("variable values", 1);
    }

    private void cases(XmlOut x) throws XMLStreamException {
        if (snap.units().isEmpty()) {
            return;
        }
        x.start("Cases");
        for (Unit u : snap.units()) {
            x.start("Case").attr("guid", guids.of("unit", u.id())).attr("name", u.name());
            if (u.description() != null && !u.description().isBlank()) {
                x.element("Description", u.description());
            }
            Map<Long, VariableValue> values = snap.unitValues().getOrDefault(u.id(), Map.of());
            for (Variable v : snap.variables(VariableScope.UNIT)) {
                VariableValue value = values.get(v.id());
                if (value != null) {
                    value(x, guids.of("variable", v.id()), v, value);
                }
            }
            for (DocumentCase d : snap.documents()) {
                if (u.id() == (d.unitId() == null ? -1 : d.unitId())) {
                    x.ref("SourceRef", guids.of("document", d.documentId()));
                }
            }
            x.end();
        }
        x.end();
        report.count("cases", snap.units().size());
    }

    /** Document sets as project Sets with MemberSource references (an empty wrapper is invalid: none, no element). */
    private void sets(XmlOut x) throws XMLStreamException {
        if (snap.sets().isEmpty()) {
            return;
        }
        x.start("Sets");
        for (dev.passage.model.DocumentSet set : snap.sets()) {
            x.start("Set").attr("guid", guids.of("set", set.id())).attr("name", set.name());
            for (long doc : set.documentIds()) {
                x.ref("MemberSource", guids.of("document", doc));
            }
            x.end();
        }
        x.end();
        report.count("document sets", snap.sets().size());
    }

    private void sources(XmlOut x) throws XMLStreamException, java.io.IOException {
        if (snap.documents().isEmpty()) {
            return;
        }
        x.start("Sources");
        List<Variable> documentVariables = snap.variables(VariableScope.DOCUMENT);
        for (DocumentCase d : snap.documents()) {
            SourceData s = db.read(a -> new SourceData(a.documents().text(d.documentId()).orElse(""),
                                                       a.codings(snap.scope()).forDocument(d.documentId()),
                                                       a.documents().attributes(d.documentId()),
                                                       a.variables().valuesOf(VariableScope.DOCUMENT, d.documentId())));
            DocumentSummary summary = snap.summaries().get(d.documentId());
            sink.accept(d.documentId(), s.text());
            x.start("TextSource").attr("guid", guids.of("document", d.documentId())).attr("name", d.name())
             .attr("plainTextPath", Qda.INTERNAL + sourceFile(guids, d.documentId())).attr("creationDateTime", summary == null ? null : summary.importedAt());
            CodePointOffsets cp = CodePointOffsets.of(s.text());
            for (Coding c : s.codings()) {
                selection(x, c, cp);
            }
            for (Memo m : snap.memos(MemoTarget.DOCUMENT, d.documentId())) {
                x.ref("NoteRef", guids.of("memo", m.id()));
            }
            for (Variable v : documentVariables) {
                VariableValue value = s.values().get(v.id());
                if (value != null) {
                    value(x, guids.of("variable", v.id()), v, value);
                }
            }
            for (Map.Entry<String, String> a : s.attributes().entrySet()) {
                x.start("VariableValue").ref("VariableRef", guids.of("attribute", a.getKey())).element("TextValue", a.getValue()).end();
                report.count("variable values", 1);
            }
            x.end();
            report.count("documents", 1);
            if (summary != null && summary.speakerCount() > 0) {
                report.lose("Speaker turns", d.name(), summary.speakerCount() + " speakers: REFI-QDA plain text has no speaker turns, "
                                                       + "so the text is exported without speaker names");
            }
            if (d.isSurveyAnswer()) {
                report.lose("Respondent link", d.name(), "exported as a plain text source: REFI-QDA has no survey respondents or questions");
            }
        }
        x.end();
    }

    private record SourceData(String text, List<Coding> codings, Map<String, String> attributes, Map<Long, VariableValue> values) {
    }

    private void selection(XmlOut x, Coding c, CodePointOffsets cp) throws XMLStreamException {
        x.start("PlainTextSelection").attr("guid", guids.of("selection", c.id()))
         .attr("startPosition", cp.at(c.start())).attr("endPosition", cp.at(c.end()))
         .attr("creatingUser", user(c.coder())).attr("creationDateTime", c.created());
        x.start("Coding").attr("guid", guids.of("coding", c.id())).attr("creatingUser", user(c.coder()))
         .attr("creationDateTime", c.created());
        x.ref("CodeRef", codeGuid(c.codeId()));
        if (c.memo() != null && !c.memo().isBlank()) {
            x.ref("NoteRef", guids.of("coding memo", c.id()));
            codingMemos.add(c);
        }
        for (Memo m : snap.memos(MemoTarget.CODING, c.id())) {
            x.ref("NoteRef", guids.of("memo", m.id()));
        }
        x.end().end();
        report.count("codings", 1);
    }

    private void notes(XmlOut x) throws XMLStreamException {
        if (snap.memos().isEmpty() && codingMemos.isEmpty()) {
            return;
        }
        x.start("Notes");
        for (Memo m : snap.memos()) {
            // a coding's memo note has no name; a memo about a coding always has one (maybe ""), so the two read back apart
            String name = m.title() != null ? m.title() : m.target() == MemoTarget.CODING ? "" : null;
            x.start("Note").attr("guid", guids.of("memo", m.id())).attr("name", name).attr("creatingUser", user(m.author()))
             .attr("creationDateTime", m.created()).attr("modifiedDateTime", m.updated())
             .element("PlainTextContent", m.text()).end();
        }
        for (Coding c : codingMemos) {
            x.start("Note").attr("guid", guids.of("coding memo", c.id())).attr("creatingUser", user(c.memoBy()))
             .attr("creationDateTime", c.memoAt()).element("PlainTextContent", c.memo()).end();
        }
        x.end();
        report.count("memos", snap.memos().size() + codingMemos.size());
    }
}
