package cn.summerhotline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A change whose answer the caller cannot read is not made: Spring decides what to answer only after the
 * handler ran, so a POST with {@code Accept: application/xml} to a JSON endpoint would change the record
 * and then answer 406. Handlers that declare what they produce are checked by Spring at mapping time;
 * the others answer JSON, and are checked here before they run.
 */
final class AcceptableAnswers implements HandlerInterceptor {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null
                || !(handler instanceof HandlerMethod)
                || !CHANGING.contains(request.getMethod())
                || request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) != null) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(JSON);
        }
        for (MediaType type : accepted) {
            if (JSON.stream().anyMatch(type::isCompatibleWith)) {
                return true;
            }
        }
        throw new HttpMediaTypeNotAcceptableException(JSON);
    }
}
