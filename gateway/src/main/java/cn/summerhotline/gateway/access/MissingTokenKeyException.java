package cn.summerhotline.gateway.access;

/** The gateway was started with no way to check a token; it must not serve in that state. */
public class MissingTokenKeyException extends IllegalStateException {

    public MissingTokenKeyException(String message) {
        super(message);
    }
}
