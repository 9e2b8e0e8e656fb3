package cn.summerhotline.openday.cloud.application;

import cn.summerhotline.openday.cloud.CloudSection;
import cn.summerhotline.openday.cloud.application.SatisfactionFigures.DistrictFigures;
import cn.summerhotline.openday.cloud.application.SatisfactionFigures.Figures;
import cn.summerhotline.openday.cloud.model.ChartPoint;
import cn.summerhotline.openday.cloud.model.CloudItem;
import cn.summerhotline.openday.cloud.model.CloudPhase;
import cn.summerhotline.openday.cloud.model.ItemKind;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The main release of 15 July (附件2 一): the public satisfaction survey of the first half-year, built from
 * complaint-service's figures with charts, and handed in for review like any item. When the figures cannot be
 * had, or are incomplete, nothing is built: the release waits rather than show wrong figures.
 */
@Service
public class BuildMainRelease {

    private final SatisfactionFigures figures;
    private final SubmitItem submit;
    private final CloudClock clock;

    public BuildMainRelease(SatisfactionFigures figures, SubmitItem submit, CloudClock clock) {
        this.figures = figures;
        this.submit = submit;
        this.clock = clock;
    }

    public CloudItem build(Caller caller, int year) {
        caller.requireAny(Role.CITY_ADMIN);
        if (!caller.cityLevel()) {
            throw new AccessDeniedException("the city bureau's release");
        }
        CloudPhase phase = clock.phase(year);
        if (phase == CloudPhase.NOT_STARTED || phase == CloudPhase.CLOSED) {
            throw new WrongPhase(year, phase);
        }
        Figures half = figures.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
        DistrictFigures total = half.total();
        if (total == null || total.received() == 0 || total.satisfaction() == null) {
            throw new FiguresIncomplete();
        }
        List<ChartPoint> chart = new ArrayList<>();
        for (DistrictFigures d : half.districts()) {
            if (d.satisfaction() != null) {
                chart.add(new ChartPoint("satisfaction", d.district(), d.satisfaction()));
            }
            chart.add(new ChartPoint("handledOnTimeRate", d.district(), rate(d.handledOnTime(), d.received())));
        }
        String body = String.format(
                Locale.ROOT,
                "%d年上半年共受理市民诉求 %d 件,按时办结 %d 件(%.1f%%),已答复 %d 件;%d 位市民参与评价,平均满意度 %.2f 分(满分 5 分)。" + "图表按区列出满意度和按时办结率。",
                year,
                total.received(),
                total.handledOnTime(),
                rate(total.handledOnTime(), total.received()),
                total.replied(),
                total.rated(),
                total.satisfaction());
        NewItem item = new NewItem(
                CloudSection.ACHIEVEMENTS_REVIEW,
                ItemKind.MAIN_RELEASE,
                year + "年上半年城管执法市民满意度测评",
                body,
                List.of(),
                null,
                null,
                chart);
        return submit.handIn(caller, year, item);
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
