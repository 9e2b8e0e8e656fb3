package cn.summerhotline.review.workflow.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The content of one version, as its owner submitted it. The pre-screen reads its title and body as one text
 * ({@link #screenedText()}), the title first and a line break between them, so that no match runs from the
 * title into the body; {@link #place} tells a reviewer where a match stands.
 */
public record Content(ContentKind kind, String title, String body, List<String> mediaLinks) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_LINKS = 20;
    public static final int MAX_LINK = 2_000;

    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+");

    public Content {
        if (kind == null) {
            throw new ReviewRuleViolation("kind", "kind is required");
        }
        title = ReviewRuleViolation.requireText("title", title, MAX_TITLE);
        body = ReviewRuleViolation.requireText("body", body, MAX_BODY);
        mediaLinks = mediaLinks == null ? List.of() : List.copyOf(mediaLinks);
        if (mediaLinks.size() > MAX_LINKS) {
            throw new ReviewRuleViolation("mediaLinks", "at most " + MAX_LINKS + " media links");
        }
        for (String link : mediaLinks) {
            if (link.length() > MAX_LINK || !LINK.matcher(link).matches()) {
                throw new ReviewRuleViolation("mediaLinks", "a media link is an http(s) address: " + link);
            }
        }
    }

    /** What the pre-screen reads. */
    public String screenedText() {
        return title + "\n" + body;
    }

    /** Where a stretch of {@link #screenedText()} stands: in the title or in the body, counted from its start. */
    public record Place(ContentPart part, int start, int end) {}

    public Place place(int start, int end) {
        int bodyStart = title.length() + 1;
        if (start < bodyStart) {
            return new Place(ContentPart.TITLE, start, Math.min(end, title.length()));
        }
        return new Place(ContentPart.BODY, start - bodyStart, end - bodyStart);
    }
}
