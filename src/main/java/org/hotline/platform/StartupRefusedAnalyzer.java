package org.hotline.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in two lines why the application refused to start and what to do, instead of a stack trace. */
class StartupRefusedAnalyzer extends AbstractFailureAnalyzer<StartupRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set what the description names (environment variables or application.yaml) and start again; "
                        + "docs/security.md lists the production settings.", cause);
    }
}
