package cn.summerhotline.publicity.theme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "themes", description = "宣传主题。The campaign's publicity themes.")
class ThemeController {

    record ThemeView(String code, int number, String titleZh, String titleEn) {}

    @Operation(
            operationId = "listThemes",
            summary = "宣传主题 List the publicity themes",
            description = "夏令热线的宣传主题,按编号。The campaign's publicity themes, by number.")
    @GetMapping("/api/v1/publicity/themes")
    List<ThemeView> themes() {
        return Arrays.stream(Theme.values())
                .map(t -> new ThemeView(
                        t.name(), t.number(), t.label().zh(), t.label().en()))
                .toList();
    }
}
