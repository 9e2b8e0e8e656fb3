package cn.summerhotline.platform.web;

import java.io.IOException;

/** A request body past the limit, raised while it is read so that no parser sees the rest of it. */
public final class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("request body over " + limit + " bytes");
    }
}
