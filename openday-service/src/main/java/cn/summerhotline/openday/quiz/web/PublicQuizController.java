package cn.summerhotline.openday.quiz.web;

import cn.summerhotline.openday.quiz.application.PlayQuiz;
import cn.summerhotline.openday.quiz.web.QuizViews.LeaderboardView;
import cn.summerhotline.openday.quiz.web.QuizViews.PublicQuizView;
import cn.summerhotline.openday.quiz.web.QuizViews.ScoreView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Citizens play the published quizzes without an account: no answers shown, the score at once, one attempt each. */
@RestController
@Tag(name = "public-quizzes")
class PublicQuizController {

    private final PlayQuiz play;

    PublicQuizController(PlayQuiz play) {
        this.play = play;
    }

    @Operation(
            operationId = "listPublicQuizzes",
            summary = "已发布的问答 The year's published quizzes",
            description = "无需登录;不含答案。Without an account; without the answers.")
    @GetMapping("/api/v1/openday/public/{year}/quizzes")
    List<PublicQuizView> quizzes(@PathVariable @Min(2000) @Max(2100) int year) {
        return play.publishedOfYear(year).stream().map(PublicQuizView::of).toList();
    }

    @Operation(
            operationId = "getPublicQuiz",
            summary = "问答(不含答案) A quiz without its answers",
            description = "无需登录。Without an account.",
            responses = {
                @ApiResponse(responseCode = "200", description = "成功。OK.", useReturnTypeSchema = true),
                @ApiResponse(responseCode = "404", description = "没有该已发布问答。No such published quiz.")
            })
    @GetMapping("/api/v1/openday/public/quizzes/{id}")
    PublicQuizView quiz(@PathVariable @Pattern(regexp = QuizController.QUIZ_ID) String id) {
        return PublicQuizView.of(play.published(id));
    }

    @Operation(
            operationId = "attemptQuiz",
            summary = "作答 Answer a quiz",
            description = "无需登录,正式上线期间;每个手机号每次问答一次(只保存其加密散列),即时给出得分。Without an account, while"
                    + " online; once per phone and quiz (only a keyed hash of it is kept); the score at once.",
            responses = {
                @ApiResponse(responseCode = "201", description = "得分。The score."),
                @ApiResponse(responseCode = "404", description = "没有该已发布问答。No such published quiz."),
                @ApiResponse(
                        responseCode = "409",
                        description = "已作答过(`already-attempted`),或不在开放期(`quiz-closed`)。Attempted before, or"
                                + " not open now.")
            })
    @PostMapping("/api/v1/openday/public/quizzes/{id}/attempts")
    ResponseEntity<ScoreView> attempt(
            @PathVariable @Pattern(regexp = QuizController.QUIZ_ID) String id,
            @Valid @RequestBody QuizRequests.AttemptBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ScoreView.of(play.attempt(id, body.phone(), body.name(), body.answers(), body.seconds())));
    }

    @Operation(
            operationId = "getQuizLeaderboard",
            summary = "排行榜 The leaderboard",
            description = "无需登录;前 20 名,昵称打码,答对题数和用时分列。Without an account; the top 20, names masked,"
                    + " right answers and time apart.",
            responses = {
                @ApiResponse(responseCode = "200", description = "成功。OK.", useReturnTypeSchema = true),
                @ApiResponse(responseCode = "404", description = "没有该已发布问答。No such published quiz.")
            })
    @GetMapping("/api/v1/openday/public/quizzes/{id}/leaderboard")
    LeaderboardView leaderboard(@PathVariable @Pattern(regexp = QuizController.QUIZ_ID) String id) {
        return LeaderboardView.of(id, play.leaderboard(id));
    }
}
