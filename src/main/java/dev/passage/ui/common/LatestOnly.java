package dev.passage.ui.common;

/**
 * Drops the results of superseded background work. Each {@link #start()} hands out a ticket and makes every earlier one
 * stale; a result is shown only while its ticket {@linkplain Ticket#isCurrent() is current}. Use on the UI thread only
 * (where BackgroundTasks delivers results).
 */
public final class LatestOnly {
    private long latest;

    /** The proof that one piece of work was started, to check when its result comes back. */
    public final class Ticket {
        private final long number;

        private Ticket(long number) {
            this.number = number;
        }

        /** True while no newer work was started and nothing was {@linkplain #supersede() superseded} since. */
        public boolean isCurrent() {
            return number == latest;
        }
    }

    /** Starts new work: every ticket handed out before is stale from now on. */
    public Ticket start() {
        return new Ticket(++latest);
    }

    /** The latest work's ticket, for work that joins it rather than replaces it (stale when newer work starts). */
    public Ticket current() {
        return new Ticket(latest);
    }

    /** Makes every ticket handed out so far stale, e.g. when the view is cleared or goes away. */
    public void supersede() {
        latest++;
    }
}
