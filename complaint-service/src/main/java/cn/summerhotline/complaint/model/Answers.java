package cn.summerhotline.complaint.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers given to the citizen (回音) and the citizen's ratings of them. A rating is of the latest answer and
 * names it by number: each answer is rated at most once, and a case reopened and answered again can be rated
 * anew.
 */
public record Answers(List<Reply> replies, List<Rating> ratings) {

    public static final Answers NONE = new Answers(List.of(), List.of());

    public Answers {
        replies = replies == null ? List.of() : List.copyOf(replies);
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
    }

    /** The latest answer; null before the first. */
    public Reply latest() {
        return replies.isEmpty() ? null : replies.get(replies.size() - 1);
    }

    /** The latest rating; null before the first. */
    public Rating latestRating() {
        return ratings.isEmpty() ? null : ratings.get(ratings.size() - 1);
    }

    public boolean latestRated() {
        return ratings.stream().anyMatch(r -> r.replyNumber() == replies.size());
    }

    Answers with(Reply reply) {
        return new Answers(appended(replies, reply), ratings);
    }

    /** With the citizen's rating of the latest answer. */
    Answers rated(int score, String comment, Instant at) {
        return new Answers(replies, appended(ratings, new Rating(score, comment, at, replies.size())));
    }

    private static <T> List<T> appended(List<T> list, T element) {
        List<T> longer = new ArrayList<>(list);
        longer.add(element);
        return longer;
    }
}
