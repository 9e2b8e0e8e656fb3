package cn.summerhotline.openday.cloud.web;

import cn.summerhotline.openday.cloud.CloudSection;
import cn.summerhotline.openday.cloud.application.NewItem;
import cn.summerhotline.openday.cloud.model.CloudCalendar;
import cn.summerhotline.openday.cloud.model.ItemKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The cloud open day's request bodies, validated before anything is read or changed. */
final class CloudRequests {

    static final String LINK = "https?://\\S{1,1990}";

    private CloudRequests() {}

    @Schema(
            description = "提交栏目内容,进入三级审核。A section's item, handed in for the three-level review.",
            example = "{\"section\": \"RED_CLASSICS\", \"kind\": \"CHECK_IN_POINT\", \"title\": \"中共一大会址红色打卡\","
                    + " \"body\": \"跟随城管队员走进中共一大会址。\", \"imageLinks\": [\"https://img.example.cn/a.jpg\"],"
                    + " \"checkInPlace\": \"中共一大会址\"}")
    record ItemBody(
            @NotNull CloudSection section,
            @NotNull ItemKind kind,

            @Schema(example = "中共一大会址红色打卡") @NotBlank @Size(max = 200)
            String title,

            @Schema(example = "跟随城管队员走进中共一大会址。") @NotBlank @Size(max = 20000)
            String body,

            @Size(max = 19) List<@NotNull @Pattern(regexp = LINK) String> imageLinks,
            @Pattern(regexp = LINK) String videoLink,
            @Size(max = 200) String checkInPlace) {

        NewItem item() {
            return new NewItem(section, kind, title, body, imageLinks, videoLink, checkInPlace, List.of());
        }
    }

    @Schema(
            description = "单位主题活动:标题、起止时间、可选的直播编号。A unit's themed activity: title, start and end, an"
                    + " optional stream id.",
            example = "{\"title\": \"徐汇区:群租安全普法直播\", \"startsAt\": \"2021-07-15T01:00:00Z\", \"endsAt\":"
                    + " \"2021-07-15T04:00:00Z\"}")
    record ThemeBody(
            @NotBlank @Size(max = 200) String title,
            @NotNull java.time.Instant startsAt,
            @NotNull java.time.Instant endsAt,
            @Pattern(regexp = "[A-Za-z0-9_-]{1,100}") String streamId) {}

    @Schema(
            description = "一年三个阶段的起止日(含首尾日,上海日期)。A year's three phases, first and last day inclusive.",
            example = "{\"preparationFrom\": \"2021-06-21\", \"preparationTo\": \"2021-07-01\", \"testFrom\":"
                    + " \"2021-07-05\", \"testTo\": \"2021-07-11\", \"onlineFrom\": \"2021-07-12\", \"onlineTo\":"
                    + " \"2021-07-16\"}")
    record CalendarBody(
            @NotNull LocalDate preparationFrom,
            @NotNull LocalDate preparationTo,
            @NotNull LocalDate testFrom,
            @NotNull LocalDate testTo,
            @NotNull LocalDate onlineFrom,
            @NotNull LocalDate onlineTo) {

        CloudCalendar calendar(int year) {
            return new CloudCalendar(year, preparationFrom, preparationTo, testFrom, testTo, onlineFrom, onlineTo);
        }
    }
}
