package cn.summerhotline.openday.quiz.model;

import java.time.Instant;

/**
 * A participant's one attempt at a quiz. The participant is a keyed hash of the phone (never the phone); the name
 * is kept only masked, as the leaderboard shows it.
 *
 * @param seconds how long the participant says answering took; the leaderboard shows it beside the score and
 *     breaks ties with it
 */
public record Attempt(
        String quizId, String participant, String maskedName, int correct, int questions, int seconds, Instant at) {}
