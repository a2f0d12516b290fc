package dev.passage.team;

import java.util.List;

/**
 * Who else is working in a team project now, for the status bar. A folder project has no one else (one process at a time).
 */
public interface TeamActivity {
    /** The other coders working in the project now (not this session), by name, sorted; empty for a folder project. */
    List<String> othersWorking();

    /** Told (on a background thread) when {@link #othersWorking()} may have changed. */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);

    /** A folder project's: nobody else, ever. */
    static TeamActivity alone() {
        return new TeamActivity() {
            @Override
            public List<String> othersWorking() {
                return List.of();
            }

            @Override
            public void addListener(Runnable listener) {
            }

            @Override
            public void removeListener(Runnable listener) {
            }
        };
    }
}
