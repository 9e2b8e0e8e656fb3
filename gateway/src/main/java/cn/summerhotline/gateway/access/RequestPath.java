package cn.summerhotline.gateway.access;

import java.nio.charset.StandardCharsets;

/**
 * The one path a request is classified and routed on. {@link #decode} percent-decodes the raw path once
 * and refuses whatever could be read two ways: dot segments, empty segments, matrix parameters, a
 * backslash, control characters, characters a path may not carry unencoded, an encoded {@code / \ . ; %},
 * broken escapes and invalid or overlong UTF-8. {@link #encode} writes the decoded path back in one
 * canonical form (every character encoded that must be, nothing else), which is what goes on to the service
 * when it differs from what the client sent. A path without {@code %} is checked in one pass and returned as
 * is: the common case allocates nothing.
 */
final class RequestPath {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RequestPath() {}

    /** The decoded path, or {@code null} when the raw path is malformed. */
    static String decode(String raw) {
        int length = raw.length();
        if (length == 0 || raw.charAt(0) != '/') {
            return null;
        }
        boolean escaped = false;
        int segmentStart = 1;
        for (int i = 1; i <= length; i++) {
            char c = i < length ? raw.charAt(i) : '/';
            if (c == '/') {
                int n = i - segmentStart;
                // An empty segment only as the last one: "/" and "/a/" are fine, "//" and "/a//b" are not.
                if ((n == 0 && i < length) || isDots(raw, segmentStart, n)) {
                    return null;
                }
                segmentStart = i + 1;
            } else if (c == '%') {
                escaped = true;
            } else if (!isPlain(c)) {
                return null;
            }
        }
        return escaped ? unescape(raw) : raw;
    }

    /** The canonical raw form of a decoded path. */
    static String encode(String decoded) {
        StringBuilder out = new StringBuilder(decoded.length() + 16);
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '/' || (c < 0x80 && isPlain(c))) {
                out.append(c);
                continue;
            }
            int codePoint = Character.codePointAt(decoded, i);
            if (Character.charCount(codePoint) == 2) {
                i++;
            }
            for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isDots(String raw, int start, int n) {
        return (n == 1 && raw.charAt(start) == '.')
                || (n == 2 && raw.charAt(start) == '.' && raw.charAt(start + 1) == '.');
    }

    /** RFC 3986 pchar without {@code %} (escapes) and {@code ;} (matrix parameters). */
    private static boolean isPlain(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~'
                || c == '!'
                || c == '$'
                || c == '&'
                || c == '\''
                || c == '('
                || c == ')'
                || c == '*'
                || c == '+'
                || c == ','
                || c == '='
                || c == ':'
                || c == '@';
    }

    private static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int b = escapedByte(raw, i);
            if (b < 0) {
                return null;
            }
            i += 3;
            if (b < 0x80) {
                if (b < 0x20 || b == 0x7F || b == '/' || b == '\\' || b == '.' || b == ';' || b == '%') {
                    return null;
                }
                out.append((char) b);
                continue;
            }
            int extra;
            int codePoint;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
                codePoint = b & 0x1F;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
                codePoint = b & 0x0F;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
                codePoint = b & 0x07;
                min = 0x10000;
            } else {
                return null; // a continuation byte first, an overlong two-byte lead (C0, C1) or past U+10FFFF
            }
            for (int k = 0; k < extra; k++) {
                int next = escapedByte(raw, i);
                if (next < 0 || (next & 0xC0) != 0x80) {
                    return null;
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
                i += 3;
            }
            if (codePoint < min
                    || codePoint > 0x10FFFF
                    || (codePoint >= 0xD800 && codePoint <= 0xDFFF)
                    || (codePoint >= 0x80 && codePoint <= 0x9F)) {
                return null; // overlong, out of range, a surrogate, a C1 control character
            }
            out.appendCodePoint(codePoint);
        }
        return out.toString();
    }

    /** The byte of the escape at {@code i}, or -1 when there is none or it is broken. */
    private static int escapedByte(String raw, int i) {
        if (i + 2 >= raw.length() || raw.charAt(i) != '%') {
            return -1;
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        return high < 0 || low < 0 ? -1 : (high << 4) | low;
    }
}
