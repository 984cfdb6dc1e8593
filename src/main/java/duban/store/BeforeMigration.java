package duban.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * What is done with an existing database file just before Flyway changes its schema. The
 * application's wiring ({@link Database#open(Path, boolean)}) makes a backup copy of it.
 */
@FunctionalInterface
public interface BeforeMigration {

    /**
     * Called with the file (absolute, not yet changed by this version) when a migration is about
     * to run on it; a failure stops the open before anything is migrated.
     */
    void prepare(Path file) throws SQLException, IOException;
}
