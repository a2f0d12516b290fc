package dev.passage.team;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who else is working in a team project on a server: the coders named by the other sessions' connections to its database
 * ({@code application_name} = {@value #PREFIX}NAME, see {@link ChangeFeed}), refreshed by the session's change feed every
 * few seconds. Listeners hear of a change on the feed's thread.
 */
public final class ServerPresence implements TeamActivity {
    /** What a session's feed connection calls itself on the server, before the coder's name. */
    public static final String PREFIX = "passage:";

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile List<String> others = List.of();

    /** The application name a session of {@code coder} shows on the server. */
    public static String applicationName(String coder) {
        return PREFIX + coder;
    }

    @Override
    public List<String> othersWorking() {
        return others;
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Takes the other connections' application names as the server listed them now, and tells listeners if who changed. */
    void seen(List<String> applicationNames) {
        TreeSet<String> coders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : applicationNames) {
            if (name != null && name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                coders.add(name.substring(PREFIX.length()));
            }
        }
        update(List.copyOf(coders));
    }

    /** The server is out of reach: nobody can be seen working (until it is back). */
    void unknown() {
        update(List.of());
    }

    private void update(List<String> now) {
        if (!now.equals(others)) {
            others = now;
            for (Runnable l : listeners) {
                try {
                    l.run();
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(ServerPresence.class).warn("a presence listener failed", e);
                }
            }
        }
    }
}
