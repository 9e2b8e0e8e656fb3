package cn.summerhotline.publicity.web;

import cn.summerhotline.publicity.model.Theme;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ThemeController {

    record ThemeView(String code, int number, String titleZh, String titleEn) {}

    @GetMapping("/api/v1/publicity/themes")
    List<ThemeView> themes() {
        return Arrays.stream(Theme.values())
                .map(t -> new ThemeView(t.name(), t.number(), t.titleZh(), t.titleEn()))
                .toList();
    }
}
