package duban.store;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * No two classes of the store need each other (a package-level slice check cannot see this: they
 * share one package). The jOOQ code generated from the schema is left out: its tables and keys
 * refer to each other by design.
 */
class StoreClassCyclesTest {

    private static final String STORE = "duban.store";

    /** Each top-level class of the store (with its nested classes) is a slice of its own. */
    private static final SliceAssignment EACH_STORE_CLASS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            if (!javaClass.getPackageName().equals(STORE)) {
                return SliceIdentifier.ignore();
            }
            String topLevel = javaClass.getName().split("\\$")[0];
            return SliceIdentifier.of(topLevel.substring(STORE.length() + 1));
        }

        @Override
        public String getDescription() {
            return "each class of " + STORE;
        }
    };

    @Test
    void noStoreClassDependsOnAnotherThatDependsOnIt() {
        JavaClasses store = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(STORE);
        slices().assignedFrom(EACH_STORE_CLASS)
                .should().beFreeOfCycles()
                .because("Database opens and migrates the file; what uses it (backups) must not be needed by it")
                .check(store);
    }
}
