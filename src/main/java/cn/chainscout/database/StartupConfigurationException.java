package cn.chainscout.database;

/**
 * A setting that stops the start; {@link StartupFailureAnalyzer} turns it into one clear line.
 */
public class StartupConfigurationException extends RuntimeException {

    private final String setting;

    public StartupConfigurationException(String setting, String problem, Throwable cause) {
        super(setting + ": " + problem, cause);
        this.setting = setting;
    }

    public StartupConfigurationException(String setting, String problem) {
        this(setting, problem, null);
    }

    public String setting() {
        return setting;
    }
}
