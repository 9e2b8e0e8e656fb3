package cn.summerhotline.openday.quiz.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.quiz.application.QuizAttempts;
import cn.summerhotline.openday.quiz.model.Attempt;
import cn.summerhotline.openday.quiz.model.QuizTopic;
import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.OutgoingEvent;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/**
 * Attempts in {@code quiz_attempts}, keyed {@code <quiz>:<participant>}: the {@code _id}'s uniqueness is the one
 * attempt per participant, decided by the store in the insert (the fast path of the embedded store too), and the
 * quiz.attempted event rides in the same document's outbox.
 */
@Repository
class MongoQuizAttempts implements QuizAttempts {

    static final String COLLECTION = "quiz_attempts";

    /** The event district-wide subscribers hear: no participant, no name. */
    record Attempted(String quizId, int year, String topic, int correct, int questions, int seconds, String at) {}

    private final MongoOperations mongo;
    private final EventOutbox outbox;

    MongoQuizAttempts(MongoOperations mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean record(Attempt a, int year, QuizTopic topic) {
        String id = a.quizId() + ":" + a.participant();
        Document document = new Document("_id", id)
                .append("quizId", a.quizId())
                .append("maskedName", a.maskedName())
                .append("correct", a.correct())
                .append("questions", a.questions())
                .append("seconds", a.seconds())
                .append("at", Date.from(a.at()));
        OutgoingEvent event = OutgoingEvent.of(
                "openday.quiz",
                "attempted",
                OutgoingEvent.CITY,
                a.quizId(),
                new Attempted(
                        a.quizId(), year, topic.name(), a.correct(), a.questions(), a.seconds(), a.at().toString()));
        try {
            outbox.insert(document, COLLECTION, event);
            return true;
        } catch (DuplicateKeyException repeat) {
            return false;
        }
    }

    @Override
    public List<Attempt> leaderboard(String quizId, int limit) {
        return mongo
                .find(
                        query(where("quizId").is(quizId))
                                .with(Sort.by(
                                        Sort.Order.desc("correct"), Sort.Order.asc("seconds"), Sort.Order.asc("at")))
                                .limit(limit),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(d -> new Attempt(
                        d.getString("quizId"),
                        null,
                        d.getString("maskedName"),
                        d.getInteger("correct"),
                        d.getInteger("questions"),
                        d.getInteger("seconds"),
                        d.getDate("at").toInstant()))
                .toList();
    }
}
