package cn.summerhotline.openday.cloud.application;

import cn.summerhotline.openday.cloud.model.CloudItem;
import cn.summerhotline.openday.cloud.model.CloudPhase;
import cn.summerhotline.openday.cloud.model.ItemStatus;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A unit hands in an item for a section. Units upload while materials are prepared (附件2 五: 21 June-1 July);
 * the two releases are the city bureau's and come later (the warm-up in early July, the main release on 15 July),
 * so only the city may hand them in, in any phase before the open day closes.
 */
@Service
public class SubmitItem {

    private final CloudItems items;
    private final CloudClock clock;

    public SubmitItem(CloudItems items, CloudClock clock) {
        this.items = items;
        this.clock = clock;
    }

    public CloudItem submit(Caller caller, int year, NewItem item) {
        caller.requireAny(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.SQUAD_OFFICER);
        if (item.kind().release() && !(caller.has(Role.CITY_ADMIN) && caller.cityLevel())) {
            throw new org.springframework.security.access.AccessDeniedException("releases are the city bureau's");
        }
        CloudPhase phase = clock.phase(year);
        boolean open = item.kind().release()
                ? phase != CloudPhase.CLOSED && phase != CloudPhase.NOT_STARTED
                : phase == CloudPhase.PREPARATION;
        if (!open) {
            throw new WrongPhase(year, phase);
        }
        return handIn(caller, year, item);
    }

    /** Stores the item and its submitted event; the caller's unit and squad decide where review starts. */
    public CloudItem handIn(Caller caller, int year, NewItem item) {
        CloudItem draft = new CloudItem(
                "item-" + UUID.randomUUID(),
                year,
                item.section(),
                item.kind(),
                caller.unit(),
                caller.squad(),
                caller.subject(),
                item.title(),
                item.body(),
                item.imageLinks(),
                item.videoLink(),
                item.checkInPlace(),
                item.chart(),
                ItemStatus.IN_REVIEW,
                1,
                null,
                null,
                0,
                null);
        CloudItem submitted = CloudItem.submit(draft, clock.clock().instant());
        items.insert(submitted);
        return submitted;
    }
}
