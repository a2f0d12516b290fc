package dev.passage.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds a document's full text from turns separated by blank lines, with the matching segments. */
final class TestDocument {

    final long id;
    final String name;
    private final StringBuilder text = new StringBuilder();
    private final List<IndexedSegment> segments = new ArrayList<>();

    TestDocument(long id, String name) {
        this.id = id;
        this.name = name;
    }

    TestDocument turn(String speaker, String turnText) {
        return turn(speaker, turnText, Set.of(), null);
    }

    TestDocument turn(String speaker, String turnText, Set<Long> codeIds, String unit) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(turnText);
        segments.add(new IndexedSegment(id, name, segments.size(), start, text.length(), speaker, turnText, codeIds,
                unit));
        return this;
    }

    String text() {
        return text.toString();
    }

    List<IndexedSegment> segments() {
        return List.copyOf(segments);
    }

    IndexedSegment segment(int ordinal) {
        return segments.get(ordinal);
    }

    static List<IndexedSegment> all(TestDocument... documents) {
        List<IndexedSegment> all = new ArrayList<>();
        for (TestDocument d : documents) {
            all.addAll(d.segments());
        }
        return all;
    }
}
