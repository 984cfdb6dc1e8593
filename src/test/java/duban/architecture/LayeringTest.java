package duban.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The arrows of the house style, checked on the compiled classes so that a change cannot bend
 * them unnoticed: app → features → ui → domain, store → domain; features side by side, never
 * importing one another; SQL only in the store; no package cycles.
 */
class LayeringTest {

    /** The feature packages: each one a window or panel with its views, view model and ports. */
    static final List<String> FEATURES = List.of("attachments", "board", "boards", "connect", "details", "documents", "editor",
            "filter", "ledger", "projector", "recurring", "safety", "settings", "split", "statistics", "units", "wallchart", "workflow");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("duban");
    }

    private static String[] featurePackages() {
        return FEATURES.stream().map(feature -> "duban." + feature + "..").toArray(String[]::new);
    }

    @Test
    void theLayersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("duban.app..")
                .layer("Features").definedBy(featurePackages())
                .layer("Ui").definedBy("duban.ui..")
                .layer("Store").definedBy("duban.store..")
                .layer("Domain").definedBy("duban.domain..", "duban.i18n..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Features").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App", "Features")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("App", "Features", "Ui", "Store")
                .because("app/ composes features; features use the ui kit and the domain; the store serves "
                        + "the domain's records and is reached by features only through their ports")
                .check(production);
    }

    @TestFactory
    Stream<DynamicTest> noFeatureImportsAnotherFeature() {
        return FEATURES.stream().map(feature -> DynamicTest.dynamicTest(feature, () -> {
            String[] others = FEATURES.stream().filter(other -> !other.equals(feature))
                    .map(other -> "duban." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("duban." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("what two features share moves down to domain/ or ui/")
                    .check(production);
        }));
    }

    @Test
    void theDomainAndTheStoreKnowNoToolkit() {
        noClasses().that().resideInAnyPackage("duban.domain..", "duban.store..", "duban.i18n..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("records, rules and SQL are tested without a toolkit and serve the command line too")
                .check(production);
    }

    @Test
    void theDomainKnowsNoDatabase() {
        noClasses().that().resideInAnyPackage("duban.domain..", "duban.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sqlite..",
                        "org.flywaydb..")
                .because("domain/ holds records and rules only")
                .check(production);
    }

    @Test
    void onlyTheStoreSpeaksSql() {
        // SQL lives in store/: a feature that built queries itself would bypass its error wording,
        // its single database thread and the tests that hold the schema's meaning. Even app/ takes
        // the stores ready-made from store/Stores.
        noClasses().that().resideOutsideOfPackage("duban.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.flywaydb..")
                .because("every jOOQ and JDBC call lives in store/")
                .check(production);
    }

    @Test
    void noPackageCycles() {
        slices().matching("duban.(**)").should().beFreeOfCycles()
                // jOOQ's generated tables, keys and records refer to each other and to the store's
                // converters by design: generated code, not ours to shape.
                .ignoreDependency(resideInAPackage("duban.store.generated.."), alwaysTrue())
                .because("a cycle makes two packages one that nobody can read alone")
                .check(production);
    }
}
