package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Coding;
import dev.passage.model.HitRange;
import dev.passage.model.Language;
import dev.passage.store.Database;

import java.text.BreakIterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "Code all hits": applies a code to every hit of a search (the hit, its sentence, or its turn) as one undoable edit through
 * {@link CodingService#applyAll}. Ranges this coder already coded with that code are skipped.
 */
public final class AutoCoder {
    private final Database database;
    private final CodingService coding;
    private final CodebookService codebook;
    private final Language language;

    /** {@code language} decides where sentences end. */
    public AutoCoder(Database database, CodingService coding, CodebookService codebook, Language language) {
        this.database = database;
        this.coding = coding;
        this.codebook = codebook;
        this.language = language;
    }

    /** Codes the hits of {@code query} (its text names the edit) with {@code codeId}; returns the codings created. */
    public List<Coding> codeHits(String query, List<HitRange> hits, long codeId, HitScope scope) {
        Set<TextRange> ranges = new LinkedHashSet<>();
        LastText texts = new LastText();
        for (HitRange hit : hits) {
            ranges.add(rangeFor(hit, scope, texts));
        }
        String codeName = codebook.codebook().get(codeId).name();
        return coding.applyAll(ranges, codeId, Text.of("coding.label.codeHits", ranges.size(), query, codeName));
    }

    private TextRange rangeFor(HitRange hit, HitScope scope, LastText texts) {
        return switch (scope) {
            case HIT -> new TextRange(hit.documentId(), hit.start(), hit.end());
            case TURN -> new TextRange(hit.documentId(), hit.segmentStart(), hit.segmentEnd());
            case SENTENCE -> sentence(hit, texts.of(hit.documentId()));
        };
    }

    /** The text of the document read last (hits come in runs per document; only one text is held at a time). */
    private final class LastText {
        private long documentId = -1;
        private String text;

        String of(long id) {
            if (text == null || id != documentId) {
                text = database.read(a -> a.documents().text(id)).orElseThrow();
                documentId = id;
            }
            return text;
        }
    }

    /** The sentence (or sentences) holding the hit, inside its segment, without trailing white space. */
    private TextRange sentence(HitRange hit, String text) {
        String segment = text.substring(hit.segmentStart(), hit.segmentEnd());
        BreakIterator it = BreakIterator.getSentenceInstance(language.locale());
        it.setText(segment);
        int relStart = hit.start() - hit.segmentStart();
        int relEnd = hit.end() - hit.segmentStart();
        int s = it.preceding(Math.min(relStart + 1, segment.length()));
        if (s == BreakIterator.DONE) {
            s = 0;
        }
        int e = it.following(Math.max(relEnd - 1, 0));
        if (e == BreakIterator.DONE) {
            e = segment.length();
        }
        while (e > s && Character.isWhitespace(segment.charAt(e - 1))) {
            e--;
        }
        return new TextRange(hit.documentId(), hit.segmentStart() + s, hit.segmentStart() + e);
    }
}
