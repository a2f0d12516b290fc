package dev.passage;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.passage.store.ChangeListener;
import dev.passage.store.ChangeSet;
import dev.passage.store.ChangedRange;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering rules the code relies on. */
@AnalyzeClasses(packages = "dev.passage", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Only production classes, wherever the build directory is (-Dpassage.buildDir moves it out of target/). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule only_ui_uses_javafx = noClasses()
        .that().resideOutsideOfPackage("dev.passage.ui..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..", "atlantafx..")
        .because("the core must run from the command line and tests without JavaFX");

    @ArchTest
    static final ArchRule only_store_touches_jdbc = noClasses()
        .that().resideOutsideOfPackage("dev.passage.store..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..", "org.postgresql..")
        .because("the store is the only place that talks to the database");

    @ArchTest
    static final ArchRule only_search_touches_lucene = noClasses()
        .that().resideOutsideOfPackage("dev.passage.search..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
        .because("the index is behind the search package's interface");

    @ArchTest
    static final ArchRule search_finds_and_nothing_more = noClasses()
        .that().resideInAPackage("dev.passage.search..")
        .should().dependOnClassesThat(resideInAPackage("dev.passage..")
            .and(resideOutsideOfPackages("dev.passage.search..", "dev.passage.store..", "dev.passage.model..", "dev.passage.errors..")))
        .because("search reads the store and gives hits; coding them, codes' sub-codes and variable conditions come from outside");

    @ArchTest
    static final ArchRule core_does_not_depend_on_front_ends = noClasses()
        .that().resideInAnyPackage("dev.passage.model..", "dev.passage.store..", "dev.passage.importer..", "dev.passage.coding..",
                                   "dev.passage.search..", "dev.passage.analysis..", "dev.passage.session..", "dev.passage.mixed..",
                                   "dev.passage.cases..", "dev.passage.interop..", "dev.passage.export..", "dev.passage.files..", "dev.passage.errors..",
                                   "dev.passage.history..", "dev.passage.security..", "dev.passage.backup..", "dev.passage.integrity..", "dev.passage.documents..",
                                   "dev.passage.sample..", "dev.passage.launcher..", "dev.passage.language..", "dev.passage.agreement..",
                                   "dev.passage.merge..", "dev.passage.adjudication..", "dev.passage.coders..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.passage.cli..", "dev.passage.ui..", "picocli..")
        .because("the command line and the workbench sit on top of the core, never under it");

    @ArchTest
    static final ArchRule model_is_plain = noClasses()
        .that().resideInAPackage("dev.passage.model..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.passage.store..", "dev.passage.coding..", "dev.passage.search..",
                                                           "dev.passage.importer..", "dev.passage.analysis..", "dev.passage.session..",
                                                           "dev.passage.mixed..")
        .because("the model is plain records that everything else uses");

    @ArchTest
    static final ArchRule core_does_not_print = noClasses()
        .that().resideOutsideOfPackages("dev.passage.cli..", "dev.passage.launcher..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .because("the core logs through SLF4J and reports through return values and listeners");

    @ArchTest
    static final ArchRule view_models_need_no_window = noClasses()
        .that().haveSimpleNameEndingWith("ViewModel")
        .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.fxmisc..", "org.controlsfx..",
                                                           "atlantafx..")
        .because("ViewModels hold state as properties and are tested without a window");

    @ArchTest
    static final ArchRule views_talk_to_view_models_not_the_core = noClasses()
        .that().haveSimpleNameEndingWith("View")
        .should().dependOnClassesThat().resideInAnyPackage("dev.passage.store..", "dev.passage.session..", "dev.passage.importer..",
                                                           "dev.passage.search..", "dev.passage.analysis..", "dev.passage.mixed..")
        .because("a View shows its ViewModel's state; only ViewModels call the core");

    @ArchTest
    static final ArchRule front_ends_use_only_the_change_events_of_the_store = noClasses()
        .that().resideInAnyPackage("dev.passage.ui..", "dev.passage.cli..")
        .should().dependOnClassesThat(resideInAPackage("dev.passage.store..")
                                          .and(not(belongToAnyOf(ChangeSet.class, ChangeListener.class, ChangedRange.class,
                                                                 dev.passage.store.ProjectAddress.class, dev.passage.store.ServerCredentials.class))))
        .because("the workbench and the command line read and write through the session's services; of the store they see only"
                 + " the change events");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("dev.passage.(*)..")
        .should().beFreeOfCycles();
}
