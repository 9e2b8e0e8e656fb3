package cn.summerhotline.testsupport.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One request as sent on the wire, with the reason it is malformed. */
public record HostileRequest(
        String label, String method, String target, Map<String, String> headers, byte[] body, boolean chunked) {

    public HostileRequest {
        headers = new LinkedHashMap<>(headers);
        body = body == null ? new byte[0] : body;
    }

    public HostileRequest withHeader(String name, String value, String why) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new HostileRequest(label + " | " + why, method, target, changed, body, chunked);
    }

    public HostileRequest withBody(byte[] newBody, String why) {
        return new HostileRequest(label + " | " + why, method, target, headers, newBody, chunked);
    }

    public HostileRequest withTarget(String newTarget, String why) {
        return new HostileRequest(label + " | " + why, method, newTarget, headers, body, chunked);
    }

    public HostileRequest withMethod(String newMethod, String why) {
        return new HostileRequest(label + " | " + why, newMethod, target, headers, body, chunked);
    }

    public HostileRequest chunkedBody(byte[] newBody, String why) {
        return new HostileRequest(label + " | " + why, method, target, headers, newBody, true);
    }

    public byte[] bytes(int port) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, method + " " + target + " HTTP/1.1\r\n");
        write(out, "Host: 127.0.0.1:" + port + "\r\n");
        write(out, "Connection: close\r\n");
        headers.forEach((name, value) -> write(out, name + ": " + value + "\r\n"));
        if (chunked) {
            write(out, "Transfer-Encoding: chunked\r\n\r\n");
            for (int at = 0; at < body.length; at += 8192) {
                int length = Math.min(8192, body.length - at);
                write(out, Integer.toHexString(length) + "\r\n");
                out.write(body, at, length);
                write(out, "\r\n");
            }
            write(out, "0\r\n\r\n");
        } else {
            if (body.length > 0 || !method.equals("GET")) {
                write(out, "Content-Length: " + body.length + "\r\n");
            }
            write(out, "\r\n");
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        // Header values here are ASCII or deliberately raw bytes written as Latin-1.
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
