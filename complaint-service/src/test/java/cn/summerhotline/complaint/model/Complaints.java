package cn.summerhotline.complaint.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds complaints in any state for the lifecycle tests. */
final class Complaints {

    static final Instant T0 = Instant.parse("2021-08-05T01:00:00Z");
    static final Duration HANDLING = Duration.ofDays(1);
    static final String RATING_CODE = "042137";
    static final Actor OPERATOR = new Actor("operator", "city");
    static final Actor XUHUI = new Actor("xuhui-admin", "xuhui");

    private Complaints() {}

    static Intake intake(String district) {
        return Intake.of(Category.NIGHT_CONSTRUCTION_NOISE, Channel.HOTLINE_12345, "工地夜间施工噪声扰民", "徐汇区漕溪北路1号")
                .district(district)
                .location(new Location(31.19, 121.43))
                .reporter(new Reporter("王小明", "13812345678"))
                .occurredAt(T0.minusSeconds(3600))
                .build();
    }

    static Complaint received() {
        return Complaint.receive(
                UUID.randomUUID().toString(),
                "2108-0500-0001",
                RATING_CODE,
                intake(null),
                HANDLING,
                List.of(),
                OPERATOR,
                T0);
    }

    static Complaint in(Status status) {
        Complaint c = received();
        if (status == Status.RECEIVED) {
            return c;
        }
        c.assign("xuhui", null, OPERATOR, T0.plusSeconds(60));
        if (status == Status.ASSIGNED) {
            return c;
        }
        c.accept(XUHUI, T0.plusSeconds(120));
        if (status == Status.IN_PROGRESS) {
            return c;
        }
        c.resolve("已责令停工", XUHUI, T0.plusSeconds(180));
        if (status == Status.RESOLVED) {
            return c;
        }
        c.reply("已电话回复市民", ReplyChannel.PHONE, XUHUI, T0.plusSeconds(240));
        if (status == Status.REPLIED) {
            return c;
        }
        if (status == Status.REOPENED) {
            c.reopen("市民反映仍有噪声", OPERATOR, T0.plusSeconds(300));
            return c;
        }
        c.close(XUHUI, T0.plusSeconds(300));
        return c;
    }

    /** A complaint as read back from the store: no pending events. */
    static Complaint stored(Complaint c) {
        return Complaint.restore(c.snapshot());
    }
}
