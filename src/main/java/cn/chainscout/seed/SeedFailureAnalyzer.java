package cn.chainscout.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** An invalid seed stops the start with its problems listed, not a stack trace. */
class SeedFailureAnalyzer extends AbstractFailureAnalyzer<SeedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SeedException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the rows named above in the seed (setting 'chainscout.seed.location') and start again."
                        + " The database was left as it was.", cause);
    }
}
