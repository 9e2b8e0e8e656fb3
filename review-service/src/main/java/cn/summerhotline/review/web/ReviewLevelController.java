package cn.summerhotline.review.web;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.review.model.ReviewLevel;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReviewLevelController {

    record LevelView(String code, int order, String titleZh, String titleEn, boolean mine) {}

    /** The review chain, marking the level the calling reviewer acts at. */
    @GetMapping("/api/v1/reviews/levels")
    List<LevelView> levels(Caller caller) {
        var mine = caller.has(Role.REVIEWER)
                ? ReviewLevel.ofReviewer(caller.unit(), caller.squad())
                : java.util.Optional.<ReviewLevel>empty();
        return Arrays.stream(ReviewLevel.values())
                .map(level -> new LevelView(
                        level.name(),
                        level.ordinal() + 1,
                        level.titleZh(),
                        level.titleEn(),
                        mine.filter(level::equals).isPresent()))
                .toList();
    }
}
