package cn.summerhotline.publicity.calendar;

import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.web.ApiProblem;
import cn.summerhotline.publicity.content.application.Contents;
import cn.summerhotline.publicity.content.model.Content;
import cn.summerhotline.publicity.content.model.ContentSnapshot;
import cn.summerhotline.publicity.programme.application.FindProjects;
import cn.summerhotline.publicity.programme.model.Programme;
import cn.summerhotline.publicity.programme.model.Project;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar is a read over the programme and the content, with no rules of its own: a flat feature. Dates are
 * business dates in Shanghai; weeks start on Monday.
 */
@RestController
@RequestMapping("/api/v1/publicity")
@Tag(name = "calendar", description = "宣传日历。The publicity calendar.")
class CalendarController {

    static final int MAX_DAYS = 400;

    private final FindProjects projects;
    private final Contents contents;

    CalendarController(FindProjects projects, Contents contents) {
        this.projects = projects;
        this.contents = contents;
    }

    @Operation(
            operationId = "getPublicityCalendar",
            summary = "宣传日历 The publicity calendar",
            description =
                    "按日、周或月列出宣传时间与之重叠和在其中到期的项目,以及送审和发布的内容;另列本周到期的项目(按落实单位)。"
                            + "范围为调用方可见的项目,默认活动期。"
                            + " By day, week or month: the projects running and due, the content handed in and published; and"
                            + " this week's due projects per unit. Over the projects the caller may see; the campaign by default.")
    @GetMapping("/{year}/calendar")
    CalendarView calendar(
            Caller caller,
            @Parameter(description = "活动年度。The campaign year.", example = "2021") @PathVariable int year,
            @Parameter(description = "起始日期(含),默认活动开始。First day.", example = "2021-07-12")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "结束日期(含),默认活动结束。Last day.", example = "2021-08-20")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "按日、周或月。By day, week or month.") @RequestParam(defaultValue = "WEEK")
                    Granularity granularity) {
        Programme programme = projects.programme(year);
        LocalDate first = from == null ? programme.campaignStart() : from;
        LocalDate last = to == null ? programme.campaignEnd() : to;
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ApiProblem.badRequest("calendar.invalid-range", MAX_DAYS);
        }
        LocalDate today = projects.today();
        List<Project> visible = projects.visible(caller, year);
        Set<String> ids = visible.stream().map(Project::id).collect(Collectors.toSet());
        List<Content> content = contents.inYear(year).stream()
                .filter(c -> ids.contains(c.projectId()))
                .toList();
        List<CalendarView.Bucket> buckets = new ArrayList<>();
        for (LocalDate start = startOf(first, granularity); !start.isAfter(last); start = next(start, granularity)) {
            LocalDate end = next(start, granularity).minusDays(1);
            LocalDate s = start;
            buckets.add(new CalendarView.Bucket(
                    start,
                    end,
                    visible.stream()
                            .filter(p -> p.plan().period().overlaps(s, end))
                            .map(p -> entry(p, today))
                            .toList(),
                    visible.stream()
                            .filter(p -> within(p.plan().period().end(), s, end))
                            .map(p -> entry(p, today))
                            .toList(),
                    content.stream()
                            .filter(c -> within(day(at(c)), s, end))
                            .map(CalendarController::entry)
                            .toList()));
        }
        return new CalendarView(year, first, last, granularity, buckets, dueThisWeek(visible, today));
    }

    private static CalendarView.DueThisWeek dueThisWeek(List<Project> visible, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        Map<String, List<CalendarView.ProjectEntry>> byUnit = new TreeMap<>();
        for (Project p : visible) {
            if (within(p.plan().period().end(), monday, sunday)) {
                for (Unit unit : p.plan().implementing()) {
                    byUnit.computeIfAbsent(unit.code(), u -> new ArrayList<>()).add(entry(p, today));
                }
            }
        }
        return new CalendarView.DueThisWeek(
                monday,
                sunday,
                byUnit.entrySet().stream()
                        .map(e -> new CalendarView.UnitDue(
                                e.getKey(),
                                Unit.ofCode(e.getKey()).map(u -> u.label().zh()).orElse(e.getKey()),
                                e.getValue()))
                        .toList());
    }

    private static CalendarView.ProjectEntry entry(Project p, LocalDate today) {
        return new CalendarView.ProjectEntry(
                p.id(),
                p.number(),
                p.plan().title(),
                p.plan().implementing().stream().map(Unit::code).toList(),
                p.plan().period().text(),
                p.plan().period().start(),
                p.plan().period().end(),
                p.status(today),
                p.timeliness(today));
    }

    private static CalendarView.ContentEntry entry(Content c) {
        ContentSnapshot s = c.snapshot();
        return new CalendarView.ContentEntry(
                s.id(), s.projectId(), s.draft().title(), s.draft().kind(), s.status(), at(c));
    }

    private static Instant at(Content c) {
        ContentSnapshot s = c.snapshot();
        return s.publishedAt() != null ? s.publishedAt() : s.submittedAt();
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, FindProjects.BUSINESS_ZONE);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static LocalDate startOf(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate start, Granularity granularity) {
        return switch (granularity) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
