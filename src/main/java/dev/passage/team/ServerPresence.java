package dev.passage.team;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /** What the server keeps of an application name: fewer than NAMEDATALEN (64) bytes. */
    static final int MAX_NAME_BYTES = 63;

    /**
     * The application name a session of {@code coder} shows on the server. The server keeps only printable ASCII there (it
     * would turn "Søren" into "S??ren"), so the name is percent-encoded as in a URL, and cut to what the server keeps.
     */
    public static String applicationName(String coder) {
        String name = PREFIX + URLEncoder.encode(coder, StandardCharsets.UTF_8);
        if (name.length() > MAX_NAME_BYTES) {
            name = name.substring(0, MAX_NAME_BYTES);
            int escape = name.lastIndexOf('%');
            if (escape >= name.length() - 2) {
                name = name.substring(0, escape); // never half an escape
            }
        }
        return name;
    }

    /** The coder an application name of {@link #applicationName} names; null when it names none. */
    static String coderOf(String applicationName) {
        if (applicationName == null || !applicationName.startsWith(PREFIX) || applicationName.length() == PREFIX.length()) {
            return null;
        }
        try {
            return URLDecoder.decode(applicationName.substring(PREFIX.length()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return applicationName.substring(PREFIX.length()); // not one of ours: shown as it is
        }
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
            String coder = coderOf(name);
            if (coder != null && !coder.isBlank()) {
                coders.add(coder);
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
