package cn.summerhotline.publicity.content.web;

import cn.summerhotline.platform.web.ApiProblem;
import cn.summerhotline.publicity.content.application.FindContents;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/publicity/public")
@Tag(name = "public", description = "公众可读的已发布内容。Published content, readable by anyone.")
class PublicContentController {

    private static final Pattern PROJECT = Pattern.compile("^p\\d{4}-\\d{2,3}$");

    private final FindContents find;

    PublicContentController(FindContents find) {
        this.find = find;
    }

    @Operation(
            operationId = "listPublishedContents",
            summary = "已发布的宣传内容 Published content",
            description = "无需登录。只含已通过三级审核并发布的内容;下架或暂停展示的内容立即不再出现。最新发布的在前。"
                    + " No account needed. Only content that passed the three-level review and is published; taken-down or"
                    + " hidden content leaves the list at once. Latest first.")
    @GetMapping("/{year}/contents")
    ContentViews.PublicPage published(
            @Parameter(description = "活动年度。The campaign year.", example = "2021") @PathVariable int year,
            @Parameter(description = "只看某项目。One project's only.", example = "p2021-04") @RequestParam(required = false)
                    String project,
            @Parameter(description = "页码,从 0 开始。The page, from 0.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数(1-100)。Items per page (1-100).") @RequestParam(defaultValue = "20")
                    int size) {
        if (page < 0 || page > 10_000 || size < 1 || size > FindContents.MAX_PAGE_SIZE) {
            throw ApiProblem.badRequest("content.invalid-page", FindContents.MAX_PAGE_SIZE);
        }
        if (project != null && !PROJECT.matcher(project).matches()) {
            throw ApiProblem.badRequest("content.invalid-project");
        }
        return new ContentViews.PublicPage(
                find.published(year, project, page, size).stream()
                        .map(ContentViews.PublicContentView::of)
                        .toList(),
                page,
                size,
                find.countPublished(year, project));
    }
}
