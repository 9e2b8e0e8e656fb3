package cn.summerhotline.openday.quiz.web;

import cn.summerhotline.openday.quiz.model.QuizTopic;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The quizzes' request bodies, validated before anything is read or changed. */
final class QuizRequests {

    private QuizRequests() {}

    @Schema(
            description = "一道题:题干、2 到 6 个选项和正确选项的序号(从 0 起)。A question, 2 to 6 options and the index of"
                    + " the right one (from 0).",
            example = "{\"text\": \"废电池属于哪类垃圾?\", \"options\": [\"可回收物\", \"有害垃圾\", \"湿垃圾\"], \"answer\": 1}")
    record QuestionBody(
            @NotBlank @Size(max = 500) String text,
            @NotNull @Size(min = 2, max = 6) List<@NotBlank @Size(max = 200) String> options,
            @NotNull @Min(0) @Max(5) Integer answer) {}

    @Schema(
            description = "新建问答(未发布)。A new quiz, not yet published.",
            example = "{\"topic\": \"WASTE_SORTING\", \"title\": \"垃圾分类知多少\", \"questions\": [{\"text\": \"废电池属于哪类"
                    + "垃圾?\", \"options\": [\"可回收物\", \"有害垃圾\", \"湿垃圾\"], \"answer\": 1}]}")
    record QuizBody(
            @NotNull QuizTopic topic,
            @NotBlank @Size(max = 200) String title,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid QuestionBody> questions) {}

    @Schema(
            description = "作答:手机号(只保存其加密散列,用于每人一次)、昵称(排行榜上打码显示)、每题所选序号、用时(秒)。An"
                    + " attempt: the phone (kept only as a keyed hash, for one attempt each), a name (shown masked on"
                    + " the leaderboard), the chosen option per question, the time taken in seconds.",
            example = "{\"phone\": \"13912345678\", \"name\": \"王小明\", \"answers\": [1], \"seconds\": 42}")
    record AttemptBody(
            @NotBlank @Pattern(regexp = "1[3-9][0-9]{9}") String phone,
            @Size(max = 20) String name,
            @NotNull @Size(min = 1, max = 50) List<@NotNull @Min(0) @Max(5) Integer> answers,
            @NotNull @Min(1) @Max(3600) Integer seconds) {}
}
