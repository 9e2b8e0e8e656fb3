package cn.summerhotline.publicity.programme.web;

import cn.summerhotline.publicity.programme.model.Theme;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A theme of the year with the numbers of its projects. */
@Schema(description = "宣传专题。A publicity theme.")
public record ThemeView(
        @Schema(example = "1") int number,
        @Schema(example = "凝心聚力助推国家战略") String title,
        @Schema(example = "助推国家战略") String keyword,
        @Schema(example = "[1, 2]") List<Integer> projects) {

    static ThemeView of(Theme theme, List<Integer> projects) {
        return new ThemeView(theme.number(), theme.title(), theme.keyword(), projects);
    }
}
