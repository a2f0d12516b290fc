package dev.passage.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Timings in milliseconds, growing as needed, and their percentiles. */
final class Timings {
    private double[] values = new double[1024];
    private int n;

    synchronized void add(double ms) {
        if (n == values.length) {
            values = java.util.Arrays.copyOf(values, n * 2);
        }
        values[n++] = ms;
    }

    synchronized void addAll(Timings other) {
        for (int i = 0; i < other.n; i++) {
            add(other.values[i]);
        }
    }

    synchronized int count() {
        return n;
    }

    synchronized double p(double q) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] v = java.util.Arrays.copyOf(values, n);
        java.util.Arrays.sort(v);
        return v[Math.max(0, (int) Math.ceil(q * n) - 1)];
    }

    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", count());
        // null (not 0) when nothing was measured, e.g. no probe was seen
        m.put("p50", count() == 0 ? null : TeamLoadBenchmark.round(p(0.50)));
        m.put("p95", count() == 0 ? null : TeamLoadBenchmark.round(p(0.95)));
        m.put("p99", count() == 0 ? null : TeamLoadBenchmark.round(p(0.99)));
        m.put("max", count() == 0 ? null : TeamLoadBenchmark.round(p(1.0)));
        return m;
    }
}
