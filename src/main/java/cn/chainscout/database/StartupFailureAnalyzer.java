package cn.chainscout.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a bad setting as one line naming the setting, instead of a page of stack trace. */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupConfigurationException cause) {
        if (cause instanceof MigrationException) {
            return new FailureAnalysis(cause.getMessage(), "Fix the migration named above (src/main/resources/db/migrations/) "
                    + "and start again.", cause);
        }
        return new FailureAnalysis(cause.getMessage(),
                "Fix the setting '" + cause.setting() + "' (application.yml, a --" + cause.setting()
                        + "=… argument or its environment variable) and start again.",
                cause);
    }
}
