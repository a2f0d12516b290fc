package dev.passage.ui.adjudication;

import dev.passage.TestProjects;
import dev.passage.model.CodeDescription;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;

import java.nio.file.Path;

/** Two coders, anna and ben, who differ on three passages of "Trust" in one interview (the session codes as "lead"). */
final class AdjudicationFixture {
    static final String TEXT = "We trust the manager. She listens to us. Nobody speaks up in meetings though. We trust each other too. ";

    private AdjudicationFixture() {
    }

    static ProjectSession project(Path dir) throws Exception {
        ProjectSession s = TestProjects.create(dir, Language.EN);
        long doc = TestProjects.importText(s, dir, "Interview 1", TEXT);
        long trust = s.codebook().addPath("Trust", "#0055cc", CodeDescription.EMPTY).id();
        s.coding().setCoder("anna");
        s.coding().apply(doc, 3, 20, trust);    // "trust the manager"
        s.coding().apply(doc, 22, 40, trust);   // "She listens to us." (ben: nothing)
        s.coding().setCoder("ben");
        s.coding().apply(doc, 3, 11, trust);    // "trust th"
        s.coding().apply(doc, 81, 102, trust);  // "trust each other too." (anna: nothing)
        s.coding().setCoder("lead");
        return s;
    }
}
