package dev.passage.interop;

import java.util.regex.Pattern;

/** QDA-XML 1.0 names shared by the readers and writers. */
final class Qda {
    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    /** The namespaces seen in the wild: 1.0, 1:0 (NVivo Mac codebooks), other versions; all are read the same way. */
    static final Pattern ANY_PROJECT_NS = Pattern.compile("urn:QDA-XML:project:.*");
    static final Pattern ANY_CODEBOOK_NS = Pattern.compile("urn:QDA-XML:codebook:.*");
    static final String ORIGIN = dev.passage.model.PassageVersion.title();
    static final String QDE = "project.qde";
    static final String SOURCES = "sources";
    static final String INTERNAL = "internal://";

    private Qda() {
    }
}
