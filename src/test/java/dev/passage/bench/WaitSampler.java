package dev.passage.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/** Timings what Passage's backends wait for (pg_stat_activity) every 20 ms during the run. */
final class WaitSampler {
    private final BenchDatabase server;
    private final AtomicBoolean stop;
    private final java.util.function.LongSupplier observerSeen;
    /** How many versions the observer's feed has yet to apply (the project's data version minus what it applied). */
    final Timings observerLag = new Timings();
    /** How old the oldest change the observer has yet to apply is (0 when it is up to date), ms by the server's clock. */
    final Timings observerStaleness = new Timings();
    long samples;
    long samplesWithLockWait;
    long lockWaiters;
    long active;
    final Map<String, Long> events = new TreeMap<>();
    String failure;

    WaitSampler(BenchDatabase server, AtomicBoolean stop, java.util.function.LongSupplier observerSeen) {
        this.server = server;
        this.stop = stop;
        this.observerSeen = observerSeen;
    }

    void run(CountDownLatch go) {
        TeamLoadBenchmark.await(go);
        try (Connection c = server.connect(); Statement st = c.createStatement()) {
            while (!stop.get()) {
                long waiting = 0;
                try (ResultSet rs = st.executeQuery(
                    "SELECT state, wait_event_type, wait_event FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND pid <> pg_backend_pid() AND application_name LIKE 'passage%' AND state = 'active'")) {
                    while (rs.next()) {
                        active++;
                        String type = rs.getString(2);
                        String event = type == null ? "CPU" : type + ":" + rs.getString(3);
                        events.merge(event, 1L, Long::sum);
                        if ("Lock".equals(type)) {
                            waiting++;
                        }
                    }
                }
                long seen = observerSeen.getAsLong();
                try (ResultSet rs = st.executeQuery(
                    "SELECT data_version, (SELECT EXTRACT(EPOCH FROM (clock_timestamp() - at)) * 1000 FROM change_log "
                    + "WHERE version = " + (seen + 1) + ") FROM project")) {
                    rs.next();
                    observerLag.add(Math.max(0, rs.getLong(1) - seen));
                    observerStaleness.add(Math.max(0, rs.getDouble(2)));
                }
                samples++;
                lockWaiters += waiting;
                if (waiting > 0) {
                    samplesWithLockWait++;
                }
                Thread.sleep(20);
            }
        } catch (SQLException e) {
            failure = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", samples);
        m.put("shareOfSamplesWithALockWaiter", samples == 0 ? 0 : TeamLoadBenchmark.round((double) samplesWithLockWait / samples));
        m.put("meanLockWaiters", samples == 0 ? 0 : TeamLoadBenchmark.round((double) lockWaiters / samples));
        m.put("meanActiveBackends", samples == 0 ? 0 : TeamLoadBenchmark.round((double) active / samples));
        Map<String, Long> sorted = new LinkedHashMap<>();
        events.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
              .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        m.put("activeBackendsBy", sorted);
        m.put("observerLagVersions", observerLag.summary());
        m.put("observerStalenessMs", observerStaleness.summary());
        if (failure != null) {
            m.put("failure", failure);
        }
        return m;
    }
}
