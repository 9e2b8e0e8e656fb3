package cn.summerhotline.openday.quiz.web;

import cn.summerhotline.openday.quiz.application.ManageQuizzes;
import cn.summerhotline.openday.quiz.model.Question;
import cn.summerhotline.openday.quiz.web.QuizViews.AdminQuizView;
import cn.summerhotline.platform.security.Caller;
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

/** The city bureau's admins write and publish the interactive games' quizzes. */
@RestController
@Tag(name = "quizzes")
class QuizController {

    static final String QUIZ_ID = "[A-Za-z0-9_-]{1,100}";

    private final ManageQuizzes manage;

    QuizController(ManageQuizzes manage) {
        this.manage = manage;
    }

    @Operation(
            operationId = "createQuiz",
            summary = "新建问答 Create a quiz",
            description = "市局管理员编写题目、选项和正确答案;发布前公众不可见。City admins write the questions, options and"
                    + " right answers; the public sees nothing before it is published.",
            responses = {@ApiResponse(responseCode = "201", description = "已新建(未发布)。Created, not published.")})
    @PostMapping("/api/v1/openday/{year}/quizzes")
    ResponseEntity<AdminQuizView> create(
            Caller caller,
            @PathVariable @Min(2000) @Max(2100) int year,
            @Valid @RequestBody QuizRequests.QuizBody body) {
        List<Question> questions = body.questions().stream()
                .map(q -> new Question(q.text(), q.options(), q.answer()))
                .toList();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(AdminQuizView.of(manage.create(caller, year, body.topic(), body.title(), questions)));
    }

    @Operation(
            operationId = "getQuizWithAnswers",
            summary = "问答及正确答案 A quiz with its answers",
            description = "市局管理员。City admins.",
            responses = {
                @ApiResponse(responseCode = "200", description = "成功。OK.", useReturnTypeSchema = true),
                @ApiResponse(responseCode = "404", description = "没有该问答。No such quiz.")
            })
    @GetMapping("/api/v1/openday/quizzes/{id}")
    AdminQuizView quiz(Caller caller, @PathVariable @Pattern(regexp = QUIZ_ID) String id) {
        return AdminQuizView.of(manage.withAnswers(caller, id));
    }

    @Operation(
            operationId = "publishQuiz",
            summary = "发布问答 Publish a quiz",
            description = "市局管理员;发布后公众在正式上线期间可作答。City admins; once published the public plays it while"
                    + " the open day is online.",
            responses = {
                @ApiResponse(responseCode = "200", description = "成功。OK.", useReturnTypeSchema = true),
                @ApiResponse(responseCode = "404", description = "没有该问答。No such quiz.")
            })
    @PostMapping("/api/v1/openday/quizzes/{id}/publish")
    AdminQuizView publish(Caller caller, @PathVariable @Pattern(regexp = QUIZ_ID) String id) {
        return AdminQuizView.of(manage.publish(caller, id));
    }
}
