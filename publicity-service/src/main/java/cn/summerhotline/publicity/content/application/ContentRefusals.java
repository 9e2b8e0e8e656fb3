package cn.summerhotline.publicity.content.application;

import cn.summerhotline.publicity.refusals.Refusal;

/** The content's refusals. */
public final class ContentRefusals {

    private ContentRefusals() {}

    public static Refusal notFound(String id) {
        return Refusal.notFound("Content", id);
    }

    public static Refusal concurrentUpdate(String id) {
        return Refusal.conflict("concurrent-update", "content.concurrent-update", id);
    }
}
