package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.HandlingTimes;
import cn.summerhotline.complaint.model.Category;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "reference", description = "参考数据。Reference data.")
class CategoryController {

    private final HandlingTimes handlingTimes;

    CategoryController(HandlingTimes handlingTimes) {
        this.handlingTimes = handlingTimes;
    }

    /** {@code handlingTime} is the deadline the campaign configured (ISO 8601 duration, e.g. {@code PT24H}). */
    record CategoryView(String code, String nameZh, String nameEn, Duration handlingTime) {}

    @Operation(
            operationId = "listCategories",
            summary = "投诉类别 List the categories",
            description = "夏令热线的投诉类别及其处置期限。The campaign's complaint categories and their handling" + " deadlines.")
    @GetMapping("/api/v1/complaints/categories")
    List<CategoryView> categories() {
        return Arrays.stream(Category.values())
                .map(c -> new CategoryView(c.name(), c.nameZh(), c.nameEn(), handlingTimes.of(c)))
                .toList();
    }
}
