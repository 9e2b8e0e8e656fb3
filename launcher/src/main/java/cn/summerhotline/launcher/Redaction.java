package cn.summerhotline.launcher;

/** Keeps passwords out of what the launcher prints. */
final class Redaction {

    private Redaction() {}

    /** {@code mongodb://user:secret@host} becomes {@code mongodb://user:***@host}. */
    static String uri(String uri) {
        return uri.replaceFirst("(://[^:/@]+):[^@/]*@", "$1:***@");
    }
}
