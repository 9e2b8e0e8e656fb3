package cn.summerhotline.openday.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.openday.CloudApi;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.contracts.EventContracts;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.data.mongodb.core.query.Query;

/** Admins write quizzes with their answers; the public plays them once each, sees its score and the leaderboard. */
class QuizIT extends CloudApi {

    private static final String QUIZ = """
            {"topic": "WASTE_SORTING", "title": "垃圾分类知多少", "questions": [
              {"text": "废电池属于哪类垃圾?", "options": ["可回收物", "有害垃圾", "湿垃圾"], "answer": 1},
              {"text": "过期药品属于哪类垃圾?", "options": ["有害垃圾", "干垃圾"], "answer": 0}]}""";

    private String publishedQuiz() {
        String id = post("/api/v1/openday/2021/quizzes", CITY_ADMIN, QUIZ)
                .expect(201)
                .json()
                .path("id")
                .asString();
        post("/api/v1/openday/quizzes/" + id + "/publish", CITY_ADMIN, null).expect(200);
        return id;
    }

    private Answer attempt(String id, String phone, String name, int seconds, int... answers) {
        return post(
                "/api/v1/openday/public/quizzes/" + id + "/attempts",
                null,
                json("phone", phone, "name", name, "answers", answers, "seconds", seconds));
    }

    @Test
    void shouldShowThePublicAQuizWithoutItsAnswersOnlyOncePublished() {
        String id = post("/api/v1/openday/2021/quizzes", CITY_ADMIN, QUIZ)
                .expect(201)
                .json()
                .path("id")
                .asString();
        post("/api/v1/openday/2021/quizzes", XUHUI_ADMIN, QUIZ).expect(403);
        get("/api/v1/openday/public/quizzes/" + id, null).refused(404, "not-found");

        post("/api/v1/openday/quizzes/" + id + "/publish", CITY_ADMIN, null).expect(200);
        Answer quiz = get("/api/v1/openday/public/quizzes/" + id, null).expect(200);

        assertThat(quiz.text()).contains("废电池属于哪类垃圾").doesNotContain("answer");
        assertThat(get("/api/v1/openday/quizzes/" + id, CITY_ADMIN)
                        .json()
                        .path("questions")
                        .get(0)
                        .path("answer")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void shouldScoreAtOnceRefuseASecondAttemptAndRankWithMaskedNames() {
        String id = publishedQuiz();
        attempt(id, "13912345678", "王小明", 30, 1, 0).refused(409, "quiz-closed");
        on(LocalDate.of(2021, 7, 13));

        try (EventTap tap = EventTap.bind(connectionFactory, "quiz-attempted-it", "openday.quiz.attempted.*")) {
            Answer score = attempt(id, "13912345678", "王小明", 30, 1, 0).expect(201);
            assertThat(score.json().path("correct").asInt()).isEqualTo(2);
            Message event = tap.receive(10_000);
            String body = new String(event.getBody(), StandardCharsets.UTF_8);
            EventContracts.assertValid("openday-quiz-attempted.v1.schema.json", body);
            assertThat(body).doesNotContain("13912345678").doesNotContain("王小明");
        }
        attempt(id, "13912345678", "王小明", 10, 1, 0).refused(409, "already-attempted");
        attempt(id, "13800001111", "李四", 20, 1, 1).expect(201);
        attempt(id, "13800002222", "赵六", 25, 1, 0).expect(201);

        Answer board = get("/api/v1/openday/public/quizzes/" + id + "/leaderboard", null)
                .expect(200);
        List<String> names = new ArrayList<>();
        board.json()
                .path("entries")
                .forEach(e -> names.add(e.path("name").asString()
                        + e.path("correct").asInt() + "/" + e.path("seconds").asInt()));
        assertThat(names).containsExactly("赵*2/25", "王**2/30", "李*1/20");
        assertThat(board.text()).doesNotContain("13912345678");
        Document stored = mongo.findOne(new Query(), Document.class, "quiz_attempts");
        assertThat(stored.toJson()).doesNotContain("13912345678").doesNotContain("小明");
    }

    @Test
    void shouldKeepOneAttemptPerParticipantUnderConcurrency() throws Exception {
        String id = publishedQuiz();
        on(LocalDate.of(2021, 7, 14));
        int threads = 200;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String phone = "1390000000" + (i % 4);
            answers.add(pool.submit(() -> {
                start.await();
                return attempt(id, phone, "张三", 40, 1, 0).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(4);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(threads - 4);
        assertThat(mongo.count(new Query(), "quiz_attempts")).isEqualTo(4);
    }
}
