package cn.summerhotline.complaint.open311;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoReport v2 documents in the two formats the specification names: JSON and XML. A document is built once as
 * maps and lists; in XML a list becomes a root element whose children are named after their item (services →
 * service, service_requests → request, ...), as in the specification's examples.
 */
enum Open311Format {
    JSON(MediaType.APPLICATION_JSON),
    XML(MediaType.TEXT_XML);

    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();
    private static final Map<String, String> ITEM_NAMES = Map.of(
            "services", "service",
            "service_requests", "request",
            "errors", "error",
            "endpoints", "endpoint",
            "formats", "format",
            "attributes", "attribute",
            "values", "value");

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = new MediaType(mediaType, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Open311Format of(String extension) {
        if ("json".equals(extension)) {
            return JSON;
        }
        if ("xml".equals(extension)) {
            return XML;
        }
        throw new Open311Error(400, "Unsupported format '" + extension + "': use .json or .xml");
    }

    /** The format a request path asks for, JSON when it names none. */
    static Open311Format ofPath(String path) {
        return path != null && path.endsWith(".xml") ? XML : JSON;
    }

    /** Renders a document; {@code root} names the XML root element (a list's items are named after it). */
    ResponseEntity<String> render(HttpStatusCode status, String root, Object document) {
        String body = this == JSON ? JSON_MAPPER.writeValueAsString(document) : xml(root, document);
        return ResponseEntity.status(status).contentType(mediaType).body(body);
    }

    private static String xml(String root, Object document) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            element(xml, root, document);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GeoReport XML", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                element(xml, String.valueOf(entry.getKey()), entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            String item = ITEM_NAMES.getOrDefault(name, "item");
            for (Object each : list) {
                element(xml, item, each);
            }
        } else if (value != null) {
            xml.writeCharacters(xmlSafe(String.valueOf(value)));
        }
        xml.writeEndElement();
    }

    /**
     * Text with the characters XML 1.0 cannot carry replaced by U+FFFD. Intake refuses them on every channel;
     * this keeps the document well-formed whatever is stored. The writer escapes markup characters itself.
     */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed =
                    c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (safe != null) {
                    safe.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (safe != null) {
                safe.append(allowed ? c : '\uFFFD');
            }
        }
        return safe == null ? text : safe.toString();
    }
}
