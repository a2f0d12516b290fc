package dev.passage.search;

import dev.passage.errors.Text;

import java.util.Set;
import java.util.stream.Collectors;
import dev.passage.model.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link SearchQuery} into a Lucene query: the text through the classic query parser (default operator AND, leading
 * wildcards allowed), once for each language present, each parse over that language's text field and limited to that
 * language's segments, the parses combined with OR; so {@code fejl} finds "fejlene" in Danish documents and
 * {@code mistakes} finds "mistake" in English ones. The filters are non-scoring FILTER clauses. Blank text means "every
 * segment" (then only the filters select).
 */
final class QueryBuilder {
    /** The index's analyzer, which analyses each language's text field with that language's analyzer. */
    private final Analyzer analyzer;

    QueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Whether the query has no text, so every segment passing the filters is one row. */
    static boolean isFilterOnly(SearchQuery query) {
        return query.text() == null || query.text().isBlank();
    }

    /** The query over segments in {@code languages} (the languages the index holds). */
    Query build(SearchQuery query, Set<Language> languages) throws SearchSyntaxException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(isFilterOnly(query) ? MatchAllDocsQuery.INSTANCE : parse(query.text(), languages), BooleanClause.Occur.MUST);
        if (!query.codeIds().isEmpty()) {
            builder.add(termsQuery(SegmentDocuments.CODE, SegmentDocuments.codeKeys(query.codeIds())),
                    BooleanClause.Occur.FILTER);
        }
        if (!query.documentIds().isEmpty()) {
            builder.add(SegmentDocuments.documentsQuery(query.documentIds()), BooleanClause.Occur.FILTER);
        }
        if (!query.speakers().isEmpty()) {
            Set<String> keys = query.speakers().stream().map(SegmentDocuments::speakerKey).collect(Collectors.toSet());
            builder.add(termsQuery(SegmentDocuments.SPEAKER_KEY, keys), BooleanClause.Occur.FILTER);
        }
        if (!query.units().isEmpty()) {
            builder.add(termsQuery(SegmentDocuments.UNIT, query.units()), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /**
     * Parses the researcher's query text once per language, each over that language's field and only for its segments, and
     * combines the parses with OR (a segment is in one language, so it matches through its language's parse alone).
     */
    Query parse(String text, Set<Language> languages) throws SearchSyntaxException {
        if (languages.size() == 1) {
            return parse(text, languages.iterator().next()); // every segment is in it: no need to say so
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Language language : languages) {
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            one.add(parse(text, language), BooleanClause.Occur.MUST);
            one.add(new TermQuery(new Term(SegmentDocuments.LANGUAGE, language.code())), BooleanClause.Occur.FILTER);
            any.add(one.build(), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** Parses the query text for the segments of one language; the parser is not thread-safe, so each call makes its own. */
    private Query parse(String text, Language language) throws SearchSyntaxException {
        QueryParser parser = newParser(SegmentDocuments.textField(language));
        try {
            return onlyExclusionsMeanEverythingElse(parser.parse(text));
        } catch (ParseException e) {
            throw new SearchSyntaxException(readableMessage(text, e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses(text, e);
        }
    }

    /** The one place a query parser is made and configured (operator, wildcards, fuzzy terms), for one language's field. */
    private QueryParser newParser(String field) {
        QueryParser parser = FuzzyDefaults.parser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(true);
        return parser;
    }

    /**
     * The parser turns {@code NOT fejl} into a query with nothing to match; a researcher means "every segment without
     * fejl", so a query of only exclusions gets a match-all clause.
     */
    private static Query onlyExclusionsMeanEverythingElse(Query parsed) {
        if (parsed instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            builder.add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST);
            bool.clauses().forEach(builder::add);
            return builder.build();
        }
        return parsed;
    }

    static SearchSyntaxException tooManyClauses(String text, RuntimeException cause) {
        return new SearchSyntaxException(Text.of("search.runQueryExpandsToo", text.strip()), cause);
    }

    private static Query termsQuery(String field, Set<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    /** The parser's own messages list grammar tokens; this says what is wrong in a researcher's words. */
    static Text readableMessage(String text, ParseException e) {
        return Text.of("search.cannotReadQuery", text.strip(), reason(e));
    }

    private static Text reason(ParseException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return Text.of("search.why.tooManyWords");
        }
        if (cause instanceof TokenMgrError lexical) {
            String message = String.valueOf(lexical.getMessage());
            if (message.contains("<EOF>")) {
                return Text.of("search.why.endsInsideQuotes");
            }
            return Text.of("search.why.specialCharacter");
        }
        ParseException parse = cause instanceof ParseException inner ? inner : e;
        Token current = parse.currentToken;
        if (current == null || current.next == null) {
            return Text.of("search.why.notValid");
        }
        Token unexpected = current.next;
        if (unexpected.kind == QueryParserConstants.EOF) {
            return Text.of("search.why.endsInExpression");
        }
        return Text.of("search.why.doesNotFit", unexpected.image, unexpected.beginColumn + 1);
    }
}
