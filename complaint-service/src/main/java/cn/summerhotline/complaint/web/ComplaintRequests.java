package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Channel;
import cn.summerhotline.complaint.model.Intake;
import cn.summerhotline.complaint.model.Location;
import cn.summerhotline.complaint.model.ReplyChannel;
import cn.summerhotline.complaint.model.Reporter;
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
            @Pattern(regexp = "[a-z]{2,20}") String district,
            @NotBlank @Size(max = 500) String address,
            @Valid LocationBody location,
            @Valid ReporterBody reporter,
            Channel channel,
            @Size(max = 100) String leader,
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
            @Size(max = 100) String name,
            @Pattern(regexp = "\\+?[0-9][0-9 \\-]{4,19}") String phone) {}

    record Assign(
            @NotBlank @Pattern(regexp = "[a-z]{2,20}") String district,
            @Size(max = 100) String squad) {}

    record Resolve(@NotBlank @Size(max = 4000) String summary) {}

    record ReplyBody(
            @NotBlank @Size(max = 4000) String message,
            @NotNull ReplyChannel channel) {}

    record Supervise(
            @NotBlank @Size(max = 2000) String note,
            @NotNull OffsetDateTime dueAt) {}

    record Reopen(@NotBlank @Size(max = 2000) String reason) {}

    record Merge(@NotBlank String into) {}

    /** {@code ratingCode} is the code of the receipt: only the reporter has it. */
    record RatingBody(
            @NotNull @Min(1) @Max(5) Integer score,
            @Size(max = 1000) String comment,
            @NotBlank @Size(max = 20) String ratingCode) {}

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
