package cn.summerhotline.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A streamed request body went past the gateway's limit. Ignored by the circuit breakers (see
 * application.yml): a client's oversized upload says nothing about the service's health.
 */
public class BodyTooLargeException extends ResponseStatusException {

    private final long limitBytes;

    public BodyTooLargeException(long limitBytes) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "Request body larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
