package dev.passage.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Repeated timings of one operation (milliseconds, wall and this thread's CPU) and their percentiles. */
final class Latency {
    private final double[] wall;
    private final double[] cpu;
    private int n;

    Latency(int capacity) {
        this.wall = new double[capacity];
        this.cpu = new double[capacity];
    }

    void add(double wallMs, double cpuMs) {
        wall[n] = wallMs;
        cpu[n] = cpuMs;
        n++;
    }

    int count() {
        return n;
    }

    double p(double q) {
        return percentile(wall, q);
    }

    double cpuP(double q) {
        return percentile(cpu, q);
    }

    private double percentile(double[] values, double q) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] v = Arrays.copyOf(values, n);
        Arrays.sort(v);
        return v[Math.max(0, (int) Math.ceil(q * n) - 1)];
    }

    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", n);
        m.put("p50", round(p(0.50)));
        m.put("p95", round(p(0.95)));
        m.put("p99", round(p(0.99)));
        m.put("max", round(p(1.0)));
        m.put("cpuP50", round(cpuP(0.50)));
        m.put("cpuP95", round(cpuP(0.95)));
        return m;
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
