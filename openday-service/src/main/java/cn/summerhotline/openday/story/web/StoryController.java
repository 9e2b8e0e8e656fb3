package cn.summerhotline.openday.story.web;

import cn.summerhotline.openday.story.application.TellStory;
import cn.summerhotline.openday.story.model.Story;
import cn.summerhotline.platform.organisation.Unit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "城管 in my eyes": citizens tell their stories without an account. The client of the allowance is its address
 * as the gateway forwarded it ({@link HttpServletRequest#getRemoteAddr()} believes only the trusted proxies), kept
 * only as a keyed hash.
 */
@RestController
@Tag(name = "public-stories")
class StoryController {

    static final String STORY_ID = "[A-Za-z0-9_-]{1,100}";

    @Schema(
            description = "一个故事:标题、正文(其中的电话和身份证号码保存时打码)、图片链接、署名(打码显示)、故事所在的区局和街镇中队,"
                    + "以及同意公开发布。故事从该中队开始三级审核。A story: title, text (phone and ID numbers in it are stored"
                    + " masked), a picture link, a name (shown masked), the district bureau and the street or town"
                    + " squad it is about, and consent to its publication. Its three-level review starts at that"
                    + " squad.",
            example = "{\"title\": \"雨夜里的城管队员\", \"text\": \"那天暴雨,城管队员帮我们把摊位搬进了屋檐下。\","
                    + " \"pictureLink\": \"https://img.example.cn/story.jpg\", \"author\": \"陈小红\","
                    + " \"district\": \"xuhui\", \"squad\": \"xuhui-tianping\", \"consent\": true}")
    record StoryBody(
            @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 5000) String text,

            @NotBlank @Pattern(regexp = "https?://\\S{1,1990}")
            String pictureLink,

            @Size(max = 20) String author,

            // Required, but checked by the model rather than by Bean Validation: the model names the refused field
            // (a constraint here would be reported under the parameter's name, "body").
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "区局代码(16 个区局之一)。The district bureau's code, one of the sixteen.",
                    example = "xuhui")
            String district,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "街镇中队代码,以区局代码加“-”开头。The squad's code, starting with its district's and a hyphen.",
                    pattern = "^[a-z0-9][a-z0-9-]{0,99}$",
                    example = "xuhui-tianping")
            String squad,

            @NotNull Boolean consent) {}

    record TokenView(String id, String status, String token) {}

    /** The author's view: how the review stands, and the district as the public reads it; nothing personal. */
    record StatusView(
            String id,
            String title,
            @Schema(example = "xuhui") String district,
            @Schema(example = "徐汇区") String districtName,
            String status,
            Instant submittedAt,
            Instant publishedAt) {

        static StatusView of(Story s) {
            return new StatusView(
                    s.id(),
                    s.title(),
                    s.district(),
                    districtNameOf(s),
                    s.status().name(),
                    s.submittedAt(),
                    s.publishedAt());
        }
    }

    record PublicStoryView(
            String id,
            String title,
            String text,
            String pictureLink,
            String author,
            @Schema(example = "xuhui") String district,
            @Schema(example = "徐汇区") String districtName,
            Instant publishedAt) {

        static PublicStoryView of(Story s) {
            return new PublicStoryView(
                    s.id(),
                    s.title(),
                    s.text(),
                    s.pictureLink(),
                    s.authorMasked(),
                    s.district(),
                    districtNameOf(s),
                    s.publishedAt());
        }
    }

    /** The public reads a district by its Chinese name; the code stays for clients that filter by it. */
    private static String districtNameOf(Story s) {
        return Unit.ofCode(s.district()).map(unit -> unit.label().zh()).orElse(s.district());
    }

    private final TellStory stories;

    StoryController(TellStory stories) {
        this.stories = stories;
    }

    @Operation(
            operationId = "tellStory",
            summary = "上传故事(注明区局和街镇中队) Tell a story about a district's squad",
            description = "无需登录,须同意公开发布,并注明故事所在的区局和街镇中队;经中队、区局、市局三级审核后公开。答复中的 token"
                    + " 只给一次,凭它查询审核状态(服务只保存其加密散列)。每个客户端每小时限 5 篇。区局未知或中队不属于该区局时答 400。"
                    + "Without an account, with"
                    + " consent to publication and the district bureau and squad the story is about; public once the"
                    + " three-level review (squad, district bureau, city bureau) published it. The token in the answer"
                    + " is given once and shows the status (only a keyed hash of it is kept). 5 stories per client an"
                    + " hour. An unknown district, or a squad not of that district, is refused with 400.",
            responses = {
                @ApiResponse(responseCode = "201", description = "已提交审核。Handed in for review."),
                @ApiResponse(responseCode = "409", description = "当前阶段不接受上传。Not open in this phase."),
                @ApiResponse(responseCode = "429", description = "提交过于频繁。Too many stories.")
            })
    @PostMapping("/api/v1/openday/public/{year}/stories")
    ResponseEntity<TokenView> tell(
            @PathVariable @Min(2000) @Max(2100) int year,
            @Valid @RequestBody StoryBody body,
            HttpServletRequest request) {
        TellStory.Told told = stories.tell(
                year,
                new TellStory.NewStory(
                        body.title(),
                        body.text(),
                        body.pictureLink(),
                        body.author(),
                        body.district(),
                        body.squad(),
                        body.consent()),
                request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new TokenView(told.story().id(), told.story().status().name(), told.token()));
    }

    @Operation(
            operationId = "getStoryStatus",
            summary = "故事审核状态 A story's review status",
            description = "凭上传时给出的 token 查询。With the token given at upload.",
            responses = {
                @ApiResponse(responseCode = "200", description = "成功。OK.", useReturnTypeSchema = true),
                @ApiResponse(responseCode = "404", description = "没有该故事或 token 不对。No such story, or a wrong token.")
            })
    @GetMapping("/api/v1/openday/public/stories/{id}")
    StatusView status(
            @PathVariable @Pattern(regexp = STORY_ID) String id,
            @RequestParam @Pattern(regexp = "[A-Za-z0-9_-]{32}") String token) {
        return StatusView.of(stories.status(id, token));
    }

    @Operation(
            operationId = "listPublishedStories",
            summary = "已发布的故事 Published stories",
            description = "无需登录;正式上线期间显示已通过审核的故事,署名打码。Without an account; while online, the stories"
                    + " the review published, names masked.")
    @GetMapping("/api/v1/openday/public/{year}/stories")
    List<PublicStoryView> published(@PathVariable @Min(2000) @Max(2100) int year) {
        return stories.published(year).stream().map(PublicStoryView::of).toList();
    }
}
