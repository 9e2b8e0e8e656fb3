package cn.summerhotline.gateway.access;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says, instead of a stack trace, what to set when the gateway refuses to start without a token key. */
class MissingTokenKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingTokenKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingTokenKeyException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set SUMMER_JWT_SECRET (HS256, at least 32 bytes) for a local run, or SUMMER_JWKS_URI to the"
                        + " identity provider's JWKS in production (properties summer.security.jwt.secret /"
                        + " summer.security.jwt.jwks-uri).",
                cause);
    }
}
