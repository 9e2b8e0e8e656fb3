package cn.summerhotline.openday.venue.web;

import cn.summerhotline.openday.venue.model.Activity;
import cn.summerhotline.openday.venue.model.ActivityKind;
import cn.summerhotline.openday.venue.model.Venue;
import cn.summerhotline.openday.venue.model.VenueKind;
import cn.summerhotline.platform.organisation.Unit;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A venue as the public and the units read it: codes, with the host's and joining units' names beside them. */
@Schema(description = "会场。A venue of the open day.")
public record VenueView(
        @Schema(example = "2021-xuhui-sub") String id,
        @Schema(example = "2021") int year,
        @Schema(example = "徐汇区城管执法局分会场") String name,
        @Schema(types = {"string", "null"}) String address,
        @Schema(example = "xuhui") String hostUnit,
        @Schema(example = "徐汇区") String hostUnitName,
        @Schema(types = {"string", "null"}) String squad,
        VenueKind kind,
        List<ActivityView> activities,
        List<UnitView> joiningUnits) {

    /** An activity at the venue. */
    public record ActivityView(ActivityKind kind, String title, Instant startsAt, Instant endsAt) {}

    /** A unit by its code and name. */
    public record UnitView(
            @Schema(example = "ftz") String code,
            @Schema(example = "自贸区执法大队") String name) {}

    public static VenueView of(Venue venue) {
        return new VenueView(
                venue.id(),
                venue.year(),
                venue.name(),
                venue.address(),
                venue.hostUnit(),
                name(venue.hostUnit()),
                venue.squad(),
                venue.kind(),
                venue.activities().stream().map(VenueView::activity).toList(),
                venue.joiningUnits().stream()
                        .map(code -> new UnitView(code, name(code)))
                        .toList());
    }

    private static ActivityView activity(Activity activity) {
        return new ActivityView(activity.kind(), activity.title(), activity.startsAt(), activity.endsAt());
    }

    private static String name(String unit) {
        return Unit.ofCode(unit).map(known -> known.label().zh()).orElse(unit);
    }
}
