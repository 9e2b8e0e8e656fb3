package cn.summerhotline.openday.story.application;

import cn.summerhotline.openday.cloud.application.CloudClock;
import cn.summerhotline.openday.cloud.application.KeyedHash;
import cn.summerhotline.openday.cloud.application.WrongPhase;
import cn.summerhotline.openday.cloud.model.CloudPhase;
import cn.summerhotline.openday.cloud.model.ItemStatus;
import cn.summerhotline.openday.story.model.Story;
import cn.summerhotline.platform.privacy.PersonalData;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Citizens hand in their stories without an account, from the material preparation to the end of the online
 * days, within a per-client allowance; the author follows the review with the token answered once.
 */
@Service
public class TellStory {

    /** What a citizen hands in: the story, the squad it is about with its district, and the consent. */
    public record NewStory(
            String title,
            String text,
            String pictureLink,
            String author,
            String district,
            String squad,
            Boolean consent) {}

    /** A submitted story and the token that shows its status, which is never stored. */
    public record Told(Story story, String token) {}

    static final String TOKEN = "story-token";
    static final String CLIENT = "story-client";
    private static final Set<CloudPhase> OPEN = Set.of(
            CloudPhase.PREPARATION,
            CloudPhase.BETWEEN,
            CloudPhase.PLATFORM_TEST,
            CloudPhase.AWAITING_LAUNCH,
            CloudPhase.ONLINE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Stories stories;
    private final StoryAllowance allowance;
    private final CloudClock clock;
    private final KeyedHash hash;

    public TellStory(Stories stories, StoryAllowance allowance, CloudClock clock, KeyedHash hash) {
        this.stories = stories;
        this.allowance = allowance;
        this.clock = clock;
        this.hash = hash;
    }

    public Told tell(int year, NewStory given, String client) {
        Story.requireConsent(given.consent());
        CloudPhase phase = clock.phase(year);
        if (!OPEN.contains(phase)) {
            throw new WrongPhase(year, phase);
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Story story = new Story(
                "story-" + UUID.randomUUID(),
                year,
                given.title(),
                PersonalData.mask(given.text()),
                given.pictureLink(),
                given.author() == null || given.author().isBlank()
                        ? "匿名"
                        : PersonalData.maskName(given.author().strip()),
                given.district(),
                given.squad(),
                hash.of(TOKEN, token),
                ItemStatus.IN_REVIEW,
                clock.clock().instant(),
                null);
        long retryAfter = allowance.take(hash.of(CLIENT, client));
        if (retryAfter > 0) {
            throw new TooManyStories(retryAfter);
        }
        stories.insert(story);
        return new Told(story, token);
    }

    /** The story's status for the holder of its token. */
    public Story status(String id, String token) {
        return stories.byId(id)
                .filter(story -> token != null && story.tokenHash().equals(hash.of(TOKEN, token)))
                .orElseThrow(() -> new StoryNotFound(id));
    }

    /** The published stories, while the open day is online, as every section's items. */
    public List<Story> published(int year) {
        return clock.phase(year) == CloudPhase.ONLINE ? stories.published(year) : List.of();
    }
}
