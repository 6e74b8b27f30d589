package cn.chainscout.database;

/**
 * A migration that cannot be applied as recorded (changed after it was applied, unknown to this version,
 * or failing): stops the start with one line naming the migration file.
 */
public class MigrationException extends StartupConfigurationException {

    public MigrationException(String file, String problem, Throwable cause) {
        super(file, problem, cause);
    }

    public MigrationException(String file, String problem) {
        this(file, problem, null);
    }
}
