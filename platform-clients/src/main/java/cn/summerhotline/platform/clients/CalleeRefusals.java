package cn.summerhotline.platform.clients;

import java.util.function.Predicate;

/**
 * The breakers' {@code ignore-exception-predicate} (summer-clients.yml): a callee that refuses one request (404
 * for a record that does not exist, 403, 409, 400) is answering, and healthy; counting it would open the breaker
 * on callers' mistakes and cut everyone off.
 */
public class CalleeRefusals implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof RemoteProblem problem && !problem.calleeFailed();
    }
}
