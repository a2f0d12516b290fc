package dev.passage.ui.mixed;

import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test data for the joint displays on a copy of the sample study: the NUMBER unit variable psych_safety (from the sample's
 * units.csv, but Borgerservice left without a score), the CATEGORY unit variable sector, and a unit "Kultur" without text.
 */
final class MixedUiFixture {
    static final Map<String, Double> SAFETY = new LinkedHashMap<>();
    static final Map<String, String> SECTOR = new LinkedHashMap<>();

    static {
        SAFETY.put("Hjemmepleje Nord", 4.21);
        SAFETY.put("Plejecenter Egebo", 2.24);
        SAFETY.put("Dagtilbud Solsikken", 4.38);
        SAFETY.put("Dagtilbud Mælkebøtten", 3.02);
        SAFETY.put("Jobcenter Søndervig", 4.06);
        SAFETY.put("Skovbakke Skole", 3.47);
        SAFETY.put("Østre Skole", 2.41);
        SAFETY.put("Vej og Park", 2.63);
        SAFETY.put("Kultur", 3.9);
        SECTOR.put("Hjemmepleje Nord", "Eldercare");
        SECTOR.put("Plejecenter Egebo", "Eldercare");
        SECTOR.put("Dagtilbud Solsikken", "Early childhood");
        SECTOR.put("Dagtilbud Mælkebøtten", "Early childhood");
        SECTOR.put("Skovbakke Skole", "Schools");
        SECTOR.put("Østre Skole", "Schools");
    }

    private MixedUiFixture() {
    }

    /** Adds the variables and the unit without text; returns the psych_safety variable's id. */
    static long addScores(ProjectSession session) {
        return SessionStores.of(session).database().write(tx -> {
            tx.units().ensure("Kultur", null);
            Map<String, Long> units = tx.units().idsByName();
            long safety = tx.variables().ensure(VariableScope.UNIT, "psych_safety", VariableType.NUMBER);
            SAFETY.forEach((unit, v) -> tx.variables().set(VariableValue.ofNumber(safety, units.get(unit), v)));
            long sector = tx.variables().ensure(VariableScope.UNIT, "sector", VariableType.CATEGORY);
            SECTOR.forEach((unit, v) -> tx.variables().set(VariableValue.ofText(sector, units.get(unit), v)));
            return safety;
        });
    }
}
