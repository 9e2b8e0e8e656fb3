package cn.summerhotline.platform.security;

import cn.summerhotline.platform.web.ProblemWriter;
import cn.summerhotline.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.AuthenticationEntryPoint;

/** How a request without a usable token is answered, as problem+json in the caller's language. */
final class TokenRefusals implements AuthenticationEntryPoint {

    private final ProblemWriter problems;

    TokenRefusals(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof OAuth2AuthenticationException oauth
                && OAuth2ErrorCodes.INVALID_REQUEST.equals(oauth.getError().getErrorCode())) {
            // A malformed request (a token both in the header and as api_key): the client's mistake, 400.
            problems.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    Problems.INVALID_REQUEST,
                    "problem.invalid-request.several-tokens");
        } else if (Boolean.TRUE.equals(request.getAttribute(ApiKeyTokenResolver.FROM_API_KEY))) {
            // The APIs that take the token as api_key answer a key that is not valid with 403 (GeoReport v2:
            // "invalid api_key"), and their clients act on that status; a bad header token stays 401.
            problems.write(request, response, HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "problem.forbidden.api-key");
        } else {
            problems.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    Problems.UNAUTHENTICATED,
                    "problem.unauthenticated.detail");
        }
    }
}
