package dev.passage.search;

import dev.passage.model.Language;
import java.util.Collection;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;

/**
 * The mapping between an {@link IndexedSegment} and its Lucene document: one Lucene document per segment.
 * <ul>
 *   <li>{@value #DOCUMENT_ID}: LongField (points for the document filter, doc values for sorting, stored)</li>
 *   <li>{@value #DOCUMENT_KEY}: the document id as a keyword, to delete a document's segments by term</li>
 *   <li>{@value #DOCUMENT_NAME}, {@value #START}, {@value #END}, {@value #SPEAKER}: stored only</li>
 *   <li>{@value #ORDINAL}: IntField (doc values for sorting, stored)</li>
 *   <li>{@value #SPEAKER_KEY}: the speaker lowercased, keyword, for the case-insensitive speaker filter</li>
 *   <li>{@value #UNIT}: keyword, only when the segment has a unit</li>
 *   <li>{@value #CODE}: keyword, one value per code id</li>
 *   <li>{@value #LANGUAGE}: the language code of the segment's document (da, sv, en), keyword, stored</li>
 *   <li>{@value #TEXT}: stored only; the text is indexed in the field of its language, {@code text_da}, {@code text_sv} or
 *       {@code text_en} (see {@link #textField}), analyzed by that language's analyzer with positions and offsets (for
 *       phrases and KWIC). A query is parsed once per language present and each parse searches its own field.</li>
 * </ul>
 */
final class SegmentDocuments {

    static final String DOCUMENT_ID = "documentId";
    static final String DOCUMENT_NAME = "documentName";
    static final String ORDINAL = "ordinal";
    static final String START = "start";
    static final String END = "end";
    static final String SPEAKER = "speaker";
    static final String SPEAKER_KEY = "speakerKey";
    static final String UNIT = "unit";
    static final String CODE = "code";
    static final String TEXT = "text";
    static final String LANGUAGE = "language";
    /** The analysed text fields, one per language, in {@link Language} order. */
    static final List<String> TEXT_FIELDS = java.util.Arrays.stream(Language.values()).map(SegmentDocuments::textField).toList();
    /**
     * The document id as a keyword term: deleting by term is resolved in one sorted pass over the terms when the reader is
     * refreshed, where deleting by a points query ran one query per deleted document (a third of a 20,000-answer import).
     */
    static final String DOCUMENT_KEY = "documentKey";
    /** documentId/ordinal: one segment, for updating it alone. */
    static final String SEGMENT_KEY = "segmentKey";

    /** Best score first; equal scores (always so for filter-only searches) in document and reading order. */
    static final Sort RANKING = new Sort(SortField.FIELD_SCORE,
            LongField.newSortField(DOCUMENT_ID, false, SortedNumericSelector.Type.MIN),
            IntField.newSortField(ORDINAL, false, SortedNumericSelector.Type.MIN));

    private static final FieldType TEXT_TYPE = textType();

    private SegmentDocuments() {
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The analysed text field of {@code language}'s documents. */
    static String textField(Language language) {
        return TEXT + "_" + language.code();
    }

    /** Whether {@code field} is one of the analysed text fields. */
    static boolean isTextField(String field) {
        return TEXT_FIELDS.contains(field);
    }

    /** The segment's Lucene document; a segment without a language is indexed in {@code defaultLanguage}. */
    static Document toDocument(IndexedSegment segment, Language defaultLanguage) {
        Language language = segment.language() != null ? segment.language() : defaultLanguage;
        Document doc = new Document();
        doc.add(new LongField(DOCUMENT_ID, segment.documentId(), Field.Store.YES));
        doc.add(new StringField(DOCUMENT_KEY, Long.toString(segment.documentId()), Field.Store.NO));
        doc.add(new StringField(SEGMENT_KEY, segmentKey(segment.documentId(), segment.ordinal()), Field.Store.NO));
        if (segment.documentName() != null) {
            doc.add(new StoredField(DOCUMENT_NAME, segment.documentName()));
        }
        doc.add(new IntField(ORDINAL, segment.ordinal(), Field.Store.YES));
        doc.add(new StoredField(START, segment.start()));
        doc.add(new StoredField(END, segment.end()));
        if (segment.speaker() != null) {
            doc.add(new StoredField(SPEAKER, segment.speaker()));
            doc.add(new StringField(SPEAKER_KEY, speakerKey(segment.speaker()), Field.Store.NO));
        }
        if (segment.unit() != null) {
            doc.add(new StringField(UNIT, segment.unit(), Field.Store.YES));
        }
        for (Long codeId : segment.codeIds()) {
            doc.add(new StringField(CODE, Long.toString(codeId), Field.Store.NO));
        }
        String text = segment.text() == null ? "" : segment.text();
        doc.add(new StringField(LANGUAGE, language.code(), Field.Store.YES));
        doc.add(new StoredField(TEXT, text));
        doc.add(new Field(textField(language), text, TEXT_TYPE));
        return doc;
    }

    static String segmentKey(long documentId, int ordinal) {
        return documentId + "/" + ordinal;
    }

    /** The segment a stored index document holds, with new code ids (its other fields are all stored). */
    static IndexedSegment withCodes(Document stored, Set<Long> codeIds) {
        return new IndexedSegment(number(stored, DOCUMENT_ID).longValue(), stored.get(DOCUMENT_NAME), number(stored, ORDINAL).intValue(),
                                  number(stored, START).intValue(), number(stored, END).intValue(), stored.get(SPEAKER),
                                  stored.get(TEXT) == null ? "" : stored.get(TEXT), codeIds, stored.get(UNIT),
                                  stored.get(LANGUAGE) == null ? null : Language.fromCode(stored.get(LANGUAGE)));
    }

    /** All segments of one document, for delete and replace. */
    static Term documentTerm(long documentId) {
        return new Term(DOCUMENT_KEY, Long.toString(documentId));
    }

    static Query documentsQuery(Collection<Long> documentIds) {
        return LongField.newSetQuery(DOCUMENT_ID, documentIds.stream().mapToLong(Long::longValue).toArray());
    }

    /** Speaker names compare case- and surrounding-space-insensitively. */
    static String speakerKey(String speaker) {
        return speaker.strip().toLowerCase(Locale.ROOT);
    }

    static Set<String> codeKeys(Collection<Long> codeIds) {
        Set<String> keys = new HashSet<>();
        codeIds.forEach(id -> keys.add(Long.toString(id)));
        return keys;
    }

    /** The stored part of a segment document, as read back for a KWIC row. */
    record StoredSegment(long documentId, String documentName, String speaker, int start, int end, String text) {
    }

    static StoredSegment read(Document doc) {
        return new StoredSegment(
                number(doc, DOCUMENT_ID).longValue(),
                doc.get(DOCUMENT_NAME),
                doc.get(SPEAKER),
                number(doc, START).intValue(),
                number(doc, END).intValue(),
                doc.get(TEXT) == null ? "" : doc.get(TEXT));
    }

    private static Number number(Document doc, String field) {
        IndexableField f = doc.getField(field);
        if (f == null || f.numericValue() == null) {
            throw new IllegalStateException("Index document lacks the stored field " + field);
        }
        return f.numericValue();
    }
}
