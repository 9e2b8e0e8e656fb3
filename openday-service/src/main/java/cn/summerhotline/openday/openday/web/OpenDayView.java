package cn.summerhotline.openday.openday.web;

import cn.summerhotline.openday.openday.application.ReadOpenDay;
import cn.summerhotline.openday.openday.application.SessionSummary;
import cn.summerhotline.openday.openday.model.OpenDay;
import cn.summerhotline.openday.venue.model.VenueKind;
import cn.summerhotline.openday.venue.web.VenueView;
import cn.summerhotline.platform.organisation.Unit;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A year's open day with its venues, the main one first, each with its sessions. */
@Schema(description = "某年的公众开放日及其会场和场次。A year's open day, its venues and their sessions.")
record OpenDayView(
        @Schema(example = "2021") int year,
        @Schema(example = "2021-07-15") LocalDate date,
        @Schema(example = "建党百年不忘初心，牢记使命执法为民") String theme,
        List<UnitThemeView> unitThemes,

        @Schema(description = "区局方案的截止日(当日结束前报送为按时)。The last day a district's plan is on time.", example = "2021-07-05")
        LocalDate planDeadline,

        @Schema(description = "此刻起报送的方案为逾期。Plans submitted from this instant are late.")
        Instant plansLateFrom,

        @Schema(
                types = {"string", "null"},
                example = "2021-songjiang-main")
        String mainVenueId,

        List<VenueSessionsView> venues) {

    /** A unit's own theme. */
    record UnitThemeView(
            @Schema(example = "xuhui") String unit,
            @Schema(example = "徐汇区") String unitName,
            String theme) {}

    /** A venue and its sessions (none until the venue's admins plan them). */
    record VenueSessionsView(VenueView venue, List<SessionSummary> sessions) {}

    static OpenDayView of(ReadOpenDay.Programme programme) {
        OpenDay day = programme.openDay();
        return new OpenDayView(
                day.year(),
                day.date(),
                day.theme(),
                day.unitThemes().entrySet().stream()
                        .map(e -> new UnitThemeView(
                                e.getKey(),
                                Unit.ofCode(e.getKey()).map(u -> u.label().zh()).orElse(e.getKey()),
                                e.getValue()))
                        .toList(),
                day.planDeadline(),
                day.plansLateFrom(),
                programme.venues().stream()
                        .filter(v -> v.venue().kind() == VenueKind.MAIN)
                        .map(v -> v.venue().id())
                        .findFirst()
                        .orElse(null),
                programme.venues().stream()
                        .map(v -> new VenueSessionsView(VenueView.of(v.venue()), v.sessions()))
                        .toList());
    }
}
