package cn.summerhotline.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send.
 *
 * @param maxBodySize the largest request body a service reads (env {@code SUMMER_MAX_BODY_SIZE}, 1 MB by
 *     default); a larger one answers 413 problem+json before it is parsed
 */
@ConfigurationProperties("summer.web")
public record WebLimits(DataSize maxBodySize) {

    public WebLimits {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
    }
}
