package cn.summerhotline.openday.venue.web;

import cn.summerhotline.openday.venue.application.ManageVenues;
import cn.summerhotline.openday.venue.application.VenueProblem;
import cn.summerhotline.openday.venue.model.Activity;
import cn.summerhotline.openday.venue.model.ActivityKind;
import cn.summerhotline.openday.venue.model.Venue;
import cn.summerhotline.openday.venue.model.VenueKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The request bodies of the venue API, validated before anything is read or changed. */
final class VenueRequests {

    static final String UNIT = "[a-z][a-z0-9-]{1,39}";
    static final String SQUAD = "[a-z0-9][a-z0-9-]{0,99}";

    private VenueRequests() {}

    @Schema(description = "会场的一项活动。One activity of the venue.")
    record ActivityBody(
            @NotNull ActivityKind kind,

            @Schema(description = "活动名称。The activity's title.", example = "走进城管:观摩日常执法")
            @NotBlank
            @Size(max = Activity.MAX_TITLE)
            String title,

            @Schema(description = "开始时间(ISO 8601,带时区)。Start, with offset.", example = "2021-07-15T09:00:00+08:00")
            @NotNull
            Instant startsAt,

            @Schema(description = "结束时间,晚于开始时间。End, after the start.", example = "2021-07-15T11:30:00+08:00") @NotNull
            Instant endsAt) {

        Activity activity() {
            if (!endsAt.isAfter(startsAt)) {
                throw new VenueProblem.Invalid("activities");
            }
            return new Activity(kind, title.strip(), startsAt, endsAt);
        }
    }

    @Schema(
            description = "新会场:市局管理员可设任何会场(含主会场),区局管理员只能设本单位的分会场。"
                    + " A new venue: city admins set up any (the main one too), a district admin only their own"
                    + " unit's sub-venues.",
            example = """
                    {"name": "徐汇区城管执法局天平中队分会场", "address": "徐汇区天平路 1 号",
                     "hostUnit": "xuhui", "squad": "xuhui-tianping", "kind": "SUB",
                     "activities": [{"kind": "ACHIEVEMENTS_DISPLAY", "title": "走进城管:观摩日常执法",
                       "startsAt": "2021-07-15T09:00:00+08:00", "endsAt": "2021-07-15T11:30:00+08:00"}],
                     "joiningUnits": []}""")
    record NewVenueBody(
            @Schema(description = "会场名称。The venue's name.") @NotBlank @Size(max = 100)
            String name,

            @Schema(
                    types = {"string", "null"},
                    description = "地址。Where it is.")
            @Size(max = 200)
            String address,

            @Schema(description = "承办单位代码。The host unit's code.", example = "xuhui") @NotBlank @Pattern(regexp = UNIT)
            String hostUnit,

            @Schema(
                    types = {"string", "null"},
                    description = "承办中队代码(可省略)。The hosting squad, if any.")
            @Pattern(regexp = SQUAD)
            String squad,

            @NotNull VenueKind kind,
            @Size(max = Venue.MAX_ACTIVITIES) List<@Valid @NotNull ActivityBody> activities,

            @Schema(description = "参与本会场活动的单位(如参与所在区活动的特殊单位)。Units joining this venue.") @Size(max = 5)
            List<@NotNull @Pattern(regexp = UNIT) String> joiningUnits) {

        ManageVenues.NewVenue venue() {
            return new ManageVenues.NewVenue(
                    name.strip(),
                    blankToNull(address),
                    hostUnit,
                    blankToNull(squad),
                    kind,
                    toActivities(activities),
                    joiningUnits);
        }
    }

    @Schema(
            description = "修改会场:名称、地址、承办中队、活动和参与单位;年份、承办单位和类型不变。"
                    + " A venue's revision: name, address, squad, activities and joining units; its year, host unit"
                    + " and kind stay.",
            example = """
                    {"name": "徐汇区城管执法局分会场", "address": "徐汇区天平路 1 号", "squad": null,
                     "activities": [{"kind": "VOLUNTEER_SERVICE", "title": "社区普法与法律咨询",
                       "startsAt": "2021-07-15T13:30:00+08:00", "endsAt": "2021-07-15T16:00:00+08:00"}],
                     "joiningUnits": []}""")
    record RevisionBody(
            @Schema(description = "会场名称。The venue's name.") @NotBlank @Size(max = 100)
            String name,

            @Schema(
                    types = {"string", "null"},
                    description = "地址。Where it is.")
            @Size(max = 200)
            String address,

            @Schema(
                    types = {"string", "null"},
                    description = "承办中队代码(可省略)。The hosting squad, if any.")
            @Pattern(regexp = SQUAD)
            String squad,

            @Size(max = Venue.MAX_ACTIVITIES) List<@Valid @NotNull ActivityBody> activities,

            @Schema(description = "参与本会场活动的单位。Units joining this venue.") @Size(max = 5)
            List<@NotNull @Pattern(regexp = UNIT) String> joiningUnits) {

        ManageVenues.Revision revision() {
            return new ManageVenues.Revision(
                    name.strip(), blankToNull(address), blankToNull(squad), toActivities(activities), joiningUnits);
        }
    }

    private static List<Activity> toActivities(List<ActivityBody> bodies) {
        return bodies == null
                ? List.of()
                : bodies.stream().map(ActivityBody::activity).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
