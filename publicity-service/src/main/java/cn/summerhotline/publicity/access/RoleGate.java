package cn.summerhotline.publicity.access;

import cn.summerhotline.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses (403) a caller without any of an operation's {@link Allowed} roles before its body or parameters are
 * read: the platform's problem handling answers the refusal as problem+json.
 */
@Configuration(proxyBeanMethods = false)
class RoleGate implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Allowed allowed = method.getMethodAnnotation(Allowed.class);
        if (allowed == null) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean may = authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> Arrays.stream(allowed.value())
                                .map(Role::authority)
                                .anyMatch(a.getAuthority()::equals));
        if (!may) {
            throw new AccessDeniedException("requires one of the roles " + Arrays.toString(allowed.value()));
        }
        return true;
    }
}
