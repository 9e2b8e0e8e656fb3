package cn.summerhotline.publicity.content.model;

import java.util.List;
import java.util.regex.Pattern;

/** The text of a piece of content: kind, title, body, links to its media (http or https). */
public record Draft(ContentKind kind, String title, String body, List<String> mediaLinks) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20000;
    private static final Pattern LINK = Pattern.compile("^https?://\\S{1,1990}$");

    public Draft {
        if (kind == null) {
            throw new ContentRuleViolation("kind", "kind is required");
        }
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            throw new ContentRuleViolation("title", "a title of 1-" + MAX_TITLE + " characters");
        }
        if (body == null || body.isBlank() || body.strip().length() > MAX_BODY) {
            throw new ContentRuleViolation("body", "a body of 1-" + MAX_BODY + " characters");
        }
        title = title.strip();
        body = body.strip();
        mediaLinks = mediaLinks == null ? List.of() : List.copyOf(mediaLinks);
        if (mediaLinks.size() > 20
                || mediaLinks.stream()
                        .anyMatch(l -> l == null || !LINK.matcher(l).matches())) {
            throw new ContentRuleViolation("mediaLinks", "at most 20 http(s) links");
        }
    }
}
