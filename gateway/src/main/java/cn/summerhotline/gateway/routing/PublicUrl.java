package cn.summerhotline.gateway.routing;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address citizens and district systems reach the gateway at ({@code summer.gateway.public-url}, env
 * {@code SUMMER_PUBLIC_URL}), split once into what the services are told in {@code X-Forwarded-*} and what
 * the OpenAPI documents name as their server. Never taken from the client's {@code Host}.
 */
@Component
public class PublicUrl {

    private final String url;
    private final String proto;
    private final String host;
    private final String port;
    private final String prefix;

    PublicUrl(@Value("${summer.gateway.public-url:http://localhost:8080}") String configured) {
        URI uri = URI.create(configured.trim());
        if (uri.getScheme() == null
                || uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalStateException("summer.gateway.public-url (SUMMER_PUBLIC_URL) must be an absolute"
                    + " http or https URL such as https://hotline.example.cn, not '" + configured + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        this.prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.proto = uri.getScheme();
        this.host = uri.getHost();
        int explicit = uri.getPort();
        this.port = Integer.toString(explicit > 0 ? explicit : proto.equals("https") ? 443 : 80);
        this.url = proto + "://" + uri.getRawAuthority() + prefix;
    }

    /** Without a trailing slash, e.g. {@code https://hotline.example.cn}. */
    public String url() {
        return url;
    }

    String proto() {
        return proto;
    }

    String host() {
        return host;
    }

    String port() {
        return port;
    }

    /** The path the gateway is published under, empty when at the root. */
    String prefix() {
        return prefix;
    }
}
