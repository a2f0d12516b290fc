package dev.passage.agreement;

/** A two-sided confidence interval (here the bootstrap's 2.5th and 97.5th percentiles). */
public record Interval(double low, double high) {
}
