package cn.summerhotline.openday.cloud.web;

import cn.summerhotline.openday.cloud.CloudSection;
import cn.summerhotline.openday.cloud.model.ChartPoint;
import cn.summerhotline.openday.cloud.model.CloudCalendar;
import cn.summerhotline.openday.cloud.model.CloudItem;
import cn.summerhotline.openday.cloud.model.CloudPhase;
import cn.summerhotline.openday.cloud.model.UnitTheme;
import cn.summerhotline.platform.organisation.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What the cloud open day's endpoints answer. */
final class CloudViews {

    private CloudViews() {}

    /** An item as its unit's staff and the reviewers see it, its review status included. */
    record ItemView(
            String id,
            int year,
            CloudSection section,
            String kind,
            String unit,
            String title,
            String body,
            List<String> imageLinks,
            String videoLink,
            String checkInPlace,
            List<ChartPoint> chart,
            String status,
            int contentVersion,
            Instant submittedAt,
            Instant publishedAt) {

        static ItemView of(CloudItem i) {
            return new ItemView(
                    i.id(),
                    i.year(),
                    i.section(),
                    i.kind().name(),
                    i.unit(),
                    i.title(),
                    i.body(),
                    i.imageLinks(),
                    i.videoLink(),
                    i.checkInPlace(),
                    i.chart(),
                    i.status().name(),
                    i.contentVersion(),
                    i.submittedAt(),
                    i.publishedAt());
        }
    }

    /** A published item as the public sees it: no review status, no submitter. */
    record PublicItemView(
            String id,
            CloudSection section,
            String kind,
            String unit,
            String title,
            String body,
            List<String> imageLinks,
            String videoLink,
            String checkInPlace,
            List<ChartPoint> chart,
            Instant publishedAt) {

        static PublicItemView of(CloudItem i) {
            return new PublicItemView(
                    i.id(),
                    i.section(),
                    i.kind().name(),
                    i.unit(),
                    i.title(),
                    i.body(),
                    i.imageLinks(),
                    i.videoLink(),
                    i.checkInPlace(),
                    i.chart(),
                    i.publishedAt());
        }
    }

    record PhaseView(String code, LocalDate from, LocalDate to) {}

    record CalendarView(int year, String currentPhase, List<PhaseView> phases) {

        static CalendarView of(CloudCalendar c, CloudPhase now) {
            return new CalendarView(
                    c.year(),
                    now.name(),
                    List.of(
                            new PhaseView(CloudPhase.PREPARATION.name(), c.preparationFrom(), c.preparationTo()),
                            new PhaseView(CloudPhase.PLATFORM_TEST.name(), c.testFrom(), c.testTo()),
                            new PhaseView(CloudPhase.ONLINE.name(), c.onlineFrom(), c.onlineTo())));
        }
    }

    record SectionItems<T>(CloudSection section, String titleZh, String titleEn, List<T> items) {}

    /** A field unit with its theme of the year, or without one yet (title and schedule null). */
    record UnitThemeView(
            String unit,
            String nameZh,
            String nameEn,
            String title,
            Instant startsAt,
            Instant endsAt,
            String streamId) {

        static UnitThemeView of(Unit u, UnitTheme t) {
            return t == null
                    ? new UnitThemeView(u.code(), u.label().zh(), u.label().en(), null, null, null, null)
                    : new UnitThemeView(
                            u.code(),
                            u.label().zh(),
                            u.label().en(),
                            t.title(),
                            t.startsAt(),
                            t.endsAt(),
                            t.streamId());
        }
    }

    /** The year's "2 + 8 + 20": phases, the eight sections with their items, the twenty units, the releases. */
    record CloudView<T>(
            CalendarView calendar, List<SectionItems<T>> sections, List<UnitThemeView> units, List<T> releases) {}

    static <T> CloudView<T> cloud(
            CalendarView calendar,
            List<CloudItem> items,
            List<UnitTheme> themes,
            java.util.function.Function<CloudItem, T> view) {
        List<SectionItems<T>> sections = Arrays.stream(CloudSection.values())
                .map(s -> new SectionItems<>(
                        s,
                        s.label().zh(),
                        s.label().en(),
                        items.stream()
                                .filter(i -> i.section() == s && !i.kind().release())
                                .map(view)
                                .toList()))
                .toList();
        List<UnitThemeView> units = Unit.fieldUnits().stream()
                .map(u -> UnitThemeView.of(
                        u,
                        themes.stream()
                                .filter(t -> t.unit().equals(u.code()))
                                .findFirst()
                                .orElse(null)))
                .toList();
        List<T> releases =
                items.stream().filter(i -> i.kind().release()).map(view).toList();
        return new CloudView<>(calendar, sections, units, releases);
    }
}
