package dev.passage.interop;

import java.util.Locale;

/** How a producer counts REFI-QDA text positions in a source's plain text (the BOM never counts). */
public enum PositionModel {
    /** Unicode code points, as the standard says (MAXQDA, QualCoder, Passage, ...). */
    CODE_POINTS,
    /** UTF-16 code units on the raw text, CRLF counted as two (NVivo, which is built on .NET strings). */
    UTF16,
    /** Code points with CRLF counted as one (ATLAS.ti, whose positions count line ends as one character). */
    CODE_POINTS_CRLF_AS_ONE;

    /** The model of the program named in {@code Project@origin}. */
    public static PositionModel forOrigin(String origin) {
        String o = origin == null ? "" : origin.strip().toLowerCase(Locale.ROOT);
        if (o.startsWith("nvivo")) {
            return UTF16;
        }
        if (o.startsWith("atlas")) {
            return CODE_POINTS_CRLF_AS_ONE;
        }
        return CODE_POINTS;
    }
}
