import duban.store.ItemStore;
import duban.store.UnitStore;

/**
 * Writes a schema-version-1 file with the code of a version-1 release: its demo data, then edits,
 * moves, a closing, withdrawals and a restore. Run by write-fixture.sh against that release's
 * classes; not compiled by Maven.
 */
public class V1FixtureWriter {

    public static void main(String[] args) throws Exception {
        FixtureSupport.write(args, (database, clock) -> FixtureSupport.itemWork(
                new ItemStore(database.dsl(), clock), new UnitStore(database.dsl()), clock));
    }
}
