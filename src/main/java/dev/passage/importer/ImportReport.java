package dev.passage.importer;

import java.util.List;

/** All outcomes of one import run, in file order. */
public record ImportReport(List<ImportOutcome> outcomes, boolean cancelled) {
    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ImportOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public List<ImportOutcome> failures() {
        return outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.FAILED).toList();
    }
}
