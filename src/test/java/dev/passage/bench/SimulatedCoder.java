package dev.passage.bench;

import dev.passage.model.Coding;
import dev.passage.session.ProjectSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/** One simulated coder: applies (about 60 %) and removes its own codings in a closed loop, no think time. */
final class SimulatedCoder {
    final ProjectSession session;
    final TeamStudy study;
    final SplittableRandom random;
    final Timings latency = new Timings();
    /** The coder thread's own CPU time per edit: what is left of the latency is waiting (server, locks, other threads). */
    final Timings cpu = new Timings();
    final Map<Long, HeldCoding> held = new LinkedHashMap<>();
    final List<Long> heldIds = new ArrayList<>();
    final List<String> refusalMessages = new ArrayList<>();
    long applied;
    long removed;
    long refusals;
    /** The coder thread's time blocked on monitors (synchronized) and parked (locks, the connection pool), ms. */
    long blockedMs;
    long parkedMs;

    SimulatedCoder(ProjectSession session, TeamStudy study, SplittableRandom random) {
        this.session = session;
        this.study = study;
        this.random = random;
    }

    void run(CountDownLatch go, AtomicBoolean stop) {
        TeamLoadBenchmark.await(go);
        while (!stop.get()) {
            boolean apply = heldIds.isEmpty() || heldIds.size() < 40 && random.nextInt(10) < 6;
            long t0 = System.nanoTime();
            long c0 = Clock.cpuNow();
            try {
                if (apply) {
                    long[] range = study.range(random);
                    long code = study.codes().get(random.nextInt(study.codes().size()));
                    HeldCoding h = new HeldCoding(range[0], (int) range[1], (int) range[2], code);
                    if (held.containsValue(h)) {
                        continue; // the coder already holds exactly this coding: pick another
                    }
                    Coding c = session.coding().apply(h.documentId(), h.start(), h.end(), h.codeId());
                    latency.add((System.nanoTime() - t0) / 1e6);
                    cpu.add((Clock.cpuNow() - c0) / 1e6);
                    held.put(c.id(), HeldCoding.of(c));
                    heldIds.add(c.id());
                    applied++;
                } else {
                    int i = random.nextInt(heldIds.size());
                    long id = heldIds.get(i);
                    session.coding().remove(id);
                    latency.add((System.nanoTime() - t0) / 1e6);
                    cpu.add((Clock.cpuNow() - c0) / 1e6);
                    heldIds.set(i, heldIds.getLast());
                    heldIds.removeLast();
                    held.remove(id);
                    removed++;
                }
            } catch (RuntimeException e) {
                refusals++;
                if (refusalMessages.size() < 5) {
                    refusalMessages.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
        var info = java.lang.management.ManagementFactory.getThreadMXBean().getThreadInfo(Thread.currentThread().threadId());
        blockedMs = info.getBlockedTime();
        parkedMs = info.getWaitedTime();
    }
}
