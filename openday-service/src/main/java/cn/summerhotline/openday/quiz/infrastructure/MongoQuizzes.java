package cn.summerhotline.openday.quiz.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.quiz.application.Quizzes;
import cn.summerhotline.openday.quiz.model.Question;
import cn.summerhotline.openday.quiz.model.Quiz;
import cn.summerhotline.openday.quiz.model.QuizTopic;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/** Quizzes in {@code quizzes}, one document each with its questions; a quiz has no events of its own. */
@Repository
class MongoQuizzes implements Quizzes {

    static final String COLLECTION = "quizzes";

    private final MongoOperations mongo;

    MongoQuizzes(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Quiz> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(MongoQuizzes::quiz);
    }

    @Override
    public List<Quiz> ofYear(int year) {
        return mongo.find(query(where("year").is(year)), Document.class, COLLECTION).stream()
                .map(MongoQuizzes::quiz)
                .sorted(Comparator.comparing(Quiz::topic).thenComparing(Quiz::id))
                .toList();
    }

    @Override
    public void save(Quiz quiz) {
        List<Document> questions = quiz.questions().stream()
                .map(q -> new Document("text", q.text())
                        .append("options", q.options())
                        .append("answer", q.answer()))
                .toList();
        mongo.save(
                new Document("_id", quiz.id())
                        .append("year", quiz.year())
                        .append("topic", quiz.topic().name())
                        .append("title", quiz.title())
                        .append("questions", questions)
                        .append("published", quiz.published()),
                COLLECTION);
    }

    private static Quiz quiz(Document d) {
        List<Question> questions = d.getList("questions", Document.class).stream()
                .map(q -> new Question(q.getString("text"), q.getList("options", String.class), q.getInteger("answer")))
                .toList();
        return new Quiz(
                d.getString("_id"),
                d.getInteger("year"),
                QuizTopic.valueOf(d.getString("topic")),
                d.getString("title"),
                questions,
                d.getBoolean("published", false));
    }
}
