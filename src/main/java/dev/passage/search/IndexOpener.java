package dev.passage.search;

import java.io.IOException;

/** Opens a project's search index; {@link SearchService} calls it again with {@code fresh} when the index it has is damaged. */
@FunctionalInterface
public interface IndexOpener {
    /** Opens the index; with {@code fresh}, throws away whatever is there first (it is derived data) and starts empty. */
    SearchIndex open(boolean fresh) throws IOException;
}
