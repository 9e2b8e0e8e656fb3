package cn.summerhotline.review.workflow.web;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "review-levels", description = "审核层级:班组、区局、市局。The review chain: squad, district, city.")
class ReviewLevelController {

    record LevelView(String code, int order, String titleZh, String titleEn, boolean mine) {}

    /** The review chain, marking the level the calling reviewer acts at. */
    @Operation(
            operationId = "listReviewLevels",
            summary = "审核层级 List the review levels",
            description =
                    "审核链的各层级,并标出调用审核员所在的层级。The review chain, marking the level the calling" + " reviewer acts at.")
    @GetMapping("/api/v1/reviews/levels")
    List<LevelView> levels(Caller caller) {
        var mine = caller.has(Role.REVIEWER)
                ? ReviewLevel.ofReviewer(caller.unit(), caller.squad())
                : java.util.Optional.<ReviewLevel>empty();
        return Arrays.stream(ReviewLevel.values())
                .map(level -> new LevelView(
                        level.name(),
                        level.ordinal() + 1,
                        level.label().zh(),
                        level.label().en(),
                        mine.filter(level::equals).isPresent()))
                .toList();
    }
}
