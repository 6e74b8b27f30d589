package cn.chainscout.backup;

/** A backup file that cannot be restored (truncated, foreign, damaged) or a database that must not be restored into. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
