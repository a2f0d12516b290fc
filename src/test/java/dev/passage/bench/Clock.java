package dev.passage.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times one benchmark phase: wall time, the calling thread's CPU time (the machine is shared, so wall time alone misleads),
 * and the peak heap the phase used (sum of the heap pools' peaks after a GC and a peak reset at the start; with G1 this
 * includes garbage not yet collected) and the heap still used after a GC at the end.
 */
final class Clock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final List<MemoryPoolMXBean> HEAP =
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();

    private final long wall0;
    private final long cpu0;

    private Clock() {
        System.gc();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
        this.cpu0 = THREADS.getCurrentThreadCpuTime();
        this.wall0 = System.nanoTime();
    }

    /** Starts a phase (GC, reset heap peaks). */
    static Clock phase() {
        return new Clock();
    }

    /** The calling thread's CPU time in nanoseconds, for timing repeated small operations. */
    static long cpuNow() {
        return THREADS.getCurrentThreadCpuTime();
    }

    double wallMs() {
        return (System.nanoTime() - wall0) / 1e6;
    }

    /** Ends the phase: wall and CPU time, peak heap, heap after GC. */
    Map<String, Object> stop() {
        double wall = wallMs();
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
        long peak = HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wallMs", Math.round(wall));
        m.put("cpuMs", Math.round(cpu));
        m.put("peakHeapMiB", peak >> 20);
        m.put("heapAfterGcMiB", after >> 20);
        return m;
    }
}
