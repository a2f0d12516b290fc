package dev.passage.bench;

import dev.passage.model.Coding;
import dev.passage.search.KwicHit;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The probe: codes a passage with "Probe", then waits until the observer's search with the code filter "Probe" finds it
 * (time from the probe's commit), removes it and waits until the search no longer finds it.
 */
final class VisibilityProbe {
    static final long SEEN_TIMEOUT_MS = 5_000;
    /** How often the observer searches while waiting (each search also reads the codebook from the server). */
    static final long POLL_MS = 10;
    private final ProjectSession writer;
    private final ProjectSession observer;
    private final TeamStudy study;
    private final SplittableRandom random;
    private final AtomicBoolean stop;
    final Timings seen = new Timings();
    /** As {@link #seen}, with each probe not seen in time counted as the timeout: percentiles that do not hide the misses. */
    final Timings seenCensored = new Timings();
    final Timings gone = new Timings();
    long unseen;
    long notGone;
    long writes;
    final List<String> failures = new ArrayList<>();

    VisibilityProbe(ProjectSession writer, ProjectSession observer, TeamStudy study, SplittableRandom random, AtomicBoolean stop) {
        this.writer = writer;
        this.observer = observer;
        this.study = study;
        this.random = random;
        this.stop = stop;
    }

    long writes() {
        return writes;
    }

    void run(CountDownLatch go) {
        TeamLoadBenchmark.await(go);
        SearchFilters filter = new SearchFilters(List.of(TeamLoadBenchmark.PROBE), List.of(), List.of(), List.of());
        while (!stop.get()) {
            try {
                long[] range = study.range(random);
                Coding c = writer.coding().apply(range[0], (int) range[1], (int) range[2], study.probeCode());
                writes++;
                long t0 = System.nanoTime();
                if (waitFor(filter, c, true)) {
                    double ms = (System.nanoTime() - t0) / 1e6;
                    seen.add(ms);
                    seenCensored.add(ms);
                } else {
                    unseen++;
                    seenCensored.add(SEEN_TIMEOUT_MS);
                }
                writer.coding().remove(c.id());
                writes++;
                long t1 = System.nanoTime();
                if (waitFor(filter, c, false)) {
                    gone.add((System.nanoTime() - t1) / 1e6);
                } else {
                    notGone++;
                }
                Thread.sleep(200 + random.nextInt(200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (failures.size() < 5) {
                    failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
    }

    /** Polls the observer's search every {@link #POLL_MS} ms until the coding's passage is found ({@code present}) or not; false on timeout. */
    private boolean waitFor(SearchFilters filter, Coding c, boolean present) throws Exception {
        long deadline = System.nanoTime() + SEEN_TIMEOUT_MS * 1_000_000;
        while (System.nanoTime() < deadline) {
            boolean found = false;
            for (KwicHit h : observer.search().search("", filter, 0).hits()) {
                if (h.documentId() == c.documentId() && h.segmentStart() < c.end() && h.segmentEnd() > c.start()) {
                    found = true;
                    break;
                }
            }
            if (found == present) {
                return true;
            }
            Thread.sleep(POLL_MS);
        }
        return false;
    }

    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("probes", seen.count() + unseen);
        m.put("seenMs", seen.summary());
        m.put("seenOrTimeoutMs", seenCensored.summary());
        m.put("unseenWithin5s", unseen);
        m.put("goneMs", gone.summary());
        m.put("notGoneWithin5s", notGone);
        m.put("failures", failures);
        return m;
    }
}
