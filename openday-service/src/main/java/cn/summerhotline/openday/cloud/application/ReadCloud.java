package cn.summerhotline.openday.cloud.application;

import cn.summerhotline.openday.cloud.model.CloudItem;
import cn.summerhotline.openday.cloud.model.CloudPhase;
import cn.summerhotline.openday.cloud.model.ItemStatus;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Who sees which items when. The public sees published items only while the open day is online; reviewers and
 * admins preview the platform from the test on (published and in-review items, a district's staff their own
 * unit's unpublished ones only: nothing internal leaks across districts); a unit's staff always see their own.
 */
@Service
public class ReadCloud {

    private static final Set<CloudPhase> PREVIEW =
            Set.of(CloudPhase.PLATFORM_TEST, CloudPhase.AWAITING_LAUNCH, CloudPhase.ONLINE);

    private final CloudItems items;
    private final CloudClock clock;

    public ReadCloud(CloudItems items, CloudClock clock) {
        this.items = items;
        this.clock = clock;
    }

    /** The public's items of the year: none unless the open day is online. */
    public List<CloudItem> published(int year) {
        return clock.phase(year) == CloudPhase.ONLINE ? items.ofYear(year, true) : List.of();
    }

    public CloudItem publishedItem(String id) {
        return items.byId(id)
                .filter(CloudItem::isPublic)
                .filter(item -> clock.phase(item.year()) == CloudPhase.ONLINE)
                .orElseThrow(() -> new CloudItemNotFound(id));
    }

    public List<CloudItem> preview(Caller caller, int year) {
        caller.requireAny(Role.REVIEWER, Role.CITY_ADMIN, Role.DISTRICT_ADMIN);
        CloudPhase phase = clock.phase(year);
        if (!PREVIEW.contains(phase)) {
            throw new WrongPhase(year, phase);
        }
        return items.ofYear(year, false).stream()
                .filter(item -> item.isPublic()
                        || item.status() == ItemStatus.IN_REVIEW && caller.mayAccessDistrict(item.unit()))
                .toList();
    }

    /** An item for its unit's staff (and the city's), in any phase. */
    public CloudItem ownItem(Caller caller, String id) {
        caller.requireAny(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.SQUAD_OFFICER, Role.REVIEWER);
        return items.byId(id)
                .filter(item -> caller.mayAccessDistrict(item.unit()))
                .orElseThrow(() -> new CloudItemNotFound(id));
    }

    public List<CloudItem> ownItems(Caller caller, int year) {
        caller.requireAny(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.SQUAD_OFFICER, Role.REVIEWER);
        return items.ofYear(year, false).stream()
                .filter(item -> caller.mayAccessDistrict(item.unit()))
                .toList();
    }
}
