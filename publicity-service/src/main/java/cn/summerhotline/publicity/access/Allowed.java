package cn.summerhotline.publicity.access;

import cn.summerhotline.platform.security.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an operation at all. Asked before the request is read ({@link RoleGate}), so that a
 * role that may never call it hears 403 whatever it sends; which record such a role may change is the use case's
 * rule, asked after.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Allowed {

    Role[] value();
}
