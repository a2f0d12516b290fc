package dev.passage.mixed;

/**
 * One code in one group: carriers that carry the code, the group size, column % = carriers / size x 100 (null for an empty
 * group), and the code's segments in the group.
 */
public record CrosstabCell(String group, int carriers, int groupSize, Double columnPercent, int segments) {
    static CrosstabCell of(String group, Tally t) {
        return new CrosstabCell(group, t.carriers(), t.carrierTotal(), t.carrierTotal() > 0 ? 100.0 * t.carriers() / t.carrierTotal() : null,
                                t.segments());
    }
}
