package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.model.Actor;
import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Channel;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.Intake;
import cn.summerhotline.complaint.model.Location;
import cn.summerhotline.complaint.model.PossibleDuplicate;
import cn.summerhotline.complaint.model.ReplyChannel;
import cn.summerhotline.complaint.model.Reporter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Two complaints that between them fill every stored field: a leader hotline case taken through most of its
 * lifecycle (overdue, supervised, answered, rated badly, reopened, overdue again), and an anonymous web case
 * merged into it that received its answer. Times are whole milliseconds, as the store keeps them.
 */
final class StoredComplaints {

    static final Instant T0 = Instant.parse("2021-08-05T01:00:00Z");
    static final Duration HANDLING = Duration.ofDays(1);
    static final Actor OPERATOR = new Actor("operator-1", "city");
    static final Actor XUHUI = new Actor("xuhui-admin", "xuhui");
    static final Actor CITY = new Actor("city-admin", "city");

    private StoredComplaints() {}

    /** The primary case, and the duplicate merged into it. */
    static List<Complaint> both() {
        Complaint primary = Complaint.receive(
                "c-primary",
                "2108-0500-0001",
                "042137",
                Intake.of(Category.NIGHT_CONSTRUCTION_NOISE, Channel.LEADER_HOTLINE, "工地夜间施工噪声扰民", "徐汇区漕溪北路1号")
                        .district("xuhui")
                        .location(new Location(31.19, 121.43))
                        .reporter(new Reporter("王小明", "13812345678"))
                        .leader("张局长")
                        .occurredAt(T0.minusSeconds(3600))
                        .build(),
                HANDLING,
                List.of(
                        new PossibleDuplicate("c-old", "2108-0400-0007", 42.5),
                        new PossibleDuplicate("c-older", "2108-0300-0002", null)),
                OPERATOR,
                T0);
        primary.assign("xuhui", "caoxi", XUHUI, at(60));
        primary.detectOverdue(T0.plus(HANDLING).plusSeconds(1));
        primary.supervise(
                "请三日内办结", T0.plus(Duration.ofDays(4)), CITY, T0.plus(HANDLING).plusSeconds(60));
        primary.accept(XUHUI, T0.plus(HANDLING).plusSeconds(120));
        primary.resolve("已责令停工", XUHUI, T0.plus(HANDLING).plusSeconds(180));
        primary.reply("已电话回复市民", ReplyChannel.PHONE, XUHUI, T0.plus(HANDLING).plusSeconds(240));

        Complaint duplicate = Complaint.receive(
                "c-duplicate",
                "2108-0500-0002",
                null, // no rating code: pins that an absent value is left out of the document
                Intake.of(Category.NIGHT_CONSTRUCTION_NOISE, Channel.WEB, "夜里施工很吵", "漕溪北路1号")
                        .build(),
                HANDLING,
                List.of(),
                OPERATOR,
                at(30));
        duplicate.mergeInto(primary, OPERATOR, T0.plus(HANDLING).plusSeconds(300));

        primary.refuseRatingCode();
        primary.refuseRatingCode();
        primary.rate(2, "还是很吵", T0.plus(HANDLING).plusSeconds(360));
        primary.detectOverdue(T0.plus(HANDLING).plus(HANDLING).plusSeconds(400));
        return List.of(Complaint.restore(primary.snapshot()), Complaint.restore(duplicate.snapshot()));
    }

    private static Instant at(long secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0);
    }
}
