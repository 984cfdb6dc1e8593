package duban.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows of the house style that already hold, checked on the compiled classes so that a
 * change cannot bend them unnoticed. More rules join as the structure is brought into shape.
 */
class LayeringTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("duban");
    }

    @Test
    void onlyTheCompositionRootKnowsTheCompositionRoot() {
        // app/ builds everything; a feature that reached back into it would tie it to start-up.
        noClasses().that().resideOutsideOfPackage("duban.app..")
                .should().dependOnClassesThat().resideInAPackage("duban.app..")
                .because("app/ is only the composition root: nothing imports app")
                .check(production);
    }

    @Test
    void theDomainKnowsNeitherJavaFxNorTheDatabase() {
        noClasses().that().resideInAPackage("duban.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                        "org.sqlite..", "duban.store..")
                .because("domain/ holds records and rules only")
                .check(production);
    }

    @Test
    void onlyTheStoreAndTheCompositionRootSpeakJooq() {
        // SQL lives in store/: a feature that built queries itself would bypass its error wording,
        // its single database thread and the tests that hold the schema's meaning.
        noClasses().that().resideOutsideOfPackages("duban.store..", "duban.app..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .because("every jOOQ call lives in store/ (app/ only wires it)")
                .check(production);
    }
}
