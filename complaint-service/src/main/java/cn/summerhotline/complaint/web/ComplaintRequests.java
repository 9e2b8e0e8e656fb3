package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Channel;
import cn.summerhotline.complaint.model.Intake;
import cn.summerhotline.complaint.model.Location;
import cn.summerhotline.complaint.model.ReplyChannel;
import cn.summerhotline.complaint.model.Reporter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The request bodies of the complaint API. A new complaint is validated by the same rules whichever channel it
 * comes through: Open311 builds a {@link CreateComplaint} from its form too.
 */
public final class ComplaintRequests {

    private ComplaintRequests() {}

    public record CreateComplaint(
            @NotNull Category category,
            @NotBlank @Size(max = 4000) String description,

            @Schema(
                    types = {"string", "null"},
                    description = "区代码,未知时省略。The district's code, if known.",
                    example = "xuhui")
            @Pattern(regexp = "[a-z]{2,20}")
            String district,

            @NotBlank @Size(max = 500) String address,
            @Valid LocationBody location,

            @Schema(description = "反映人,可匿名。The reporter; may be left out.") @Valid
            ReporterBody reporter,

            @Schema(description = "渠道,默认按调用方的角色。The channel; by default the caller's.")
            Channel channel,

            @Schema(
                    types = {"string", "null"},
                    description = "领导接听时的领导。The leader, for LEADER_HOTLINE.")
            @Size(max = 100)
            String leader,

            @Schema(
                    types = {"string", "null"},
                    format = "date-time",
                    description = "事发时间。When it happened.")
            OffsetDateTime occurredAt) {

        /** The intake of a validated body; a body without channel comes through {@code channel}. */
        public Intake toIntake(Channel defaultChannel) {
            return new Intake(
                    category,
                    description.strip(),
                    channel != null ? channel : defaultChannel,
                    district,
                    address.strip(),
                    location == null ? null : new Location(location.lat(), location.lng()),
                    reporter == null ? null : new Reporter(blankToNull(reporter.name()), blankToNull(reporter.phone())),
                    blankToNull(leader),
                    occurredAt == null ? null : occurredAt.toInstant().truncatedTo(ChronoUnit.MILLIS));
        }
    }

    public record LocationBody(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lng) {}

    public record ReporterBody(
            @Schema(types = {"string", "null"}) @Size(max = 100)
            String name,

            @Schema(types = {"string", "null"}) @Pattern(regexp = "\\+?[0-9][0-9 \\-]{4,19}")
            String phone) {}

    @Schema(
            description = "派单的目标区和班组。Where to route the case.",
            example = "{\"district\": \"xuhui\", \"squad\": \"xuhui-tianping\"}")
    record Assign(
            @NotBlank @Pattern(regexp = "[a-z]{2,20}") String district,

            @Schema(
                    types = {"string", "null"},
                    description = "班组,可省略。The squad, if any.")
            @Size(max = 100)
            String squad) {}

    @Schema(description = "处置结果。What was done.", example = "{\"summary\": \"已责令工地停止夜间施工\"}")
    record Resolve(@NotBlank @Size(max = 4000) String summary) {}

    @Schema(
            description = "给市民的答复。The answer to the citizen.",
            example = "{\"message\": \"已电话回复市民处理结果\", \"channel\": \"PHONE\"}")
    record ReplyBody(
            @NotBlank @Size(max = 4000) String message,
            @NotNull ReplyChannel channel) {}

    @Schema(
            description = "督办意见和新的期限。The supervision note and the new deadline.",
            example = "{\"note\": \"请于明日前办结\", \"dueAt\": \"2021-07-16T18:00:00+08:00\"}")
    record Supervise(
            @NotBlank @Size(max = 2000) String note,
            @NotNull OffsetDateTime dueAt) {}

    @Schema(description = "重启原因。Why the case is reopened.", example = "{\"reason\": \"市民反映噪声仍在持续\"}")
    record Reopen(@NotBlank @Size(max = 2000) String reason) {}

    @Schema(
            description = "合并到的投诉。The case to merge into.",
            example = "{\"into\": \"5f0c3a52-8e1b-4c1e-9a57-3b2f7f0d6a11\"}")
    record Merge(@NotBlank String into) {}

    /** {@code ratingCode} is the code of the receipt: only the reporter has it. */
    @Schema(
            description = "市民对答复的评价(1-5)，须附回执上的评价码。The citizen's rating of the answer (1-5), with the"
                    + " rating code of the receipt.",
            example = "{\"score\": 5, \"comment\": \"处理及时,满意\", \"ratingCode\": \"482913\"}")
    record RatingBody(
            @NotNull @Min(1) @Max(5) Integer score,

            @Schema(types = {"string", "null"}) @Size(max = 1000)
            String comment,

            @Schema(description = "回执上的评价码。The rating code of the receipt.", example = "482913")
            @NotBlank
            @Size(max = 20)
            String ratingCode) {}

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
