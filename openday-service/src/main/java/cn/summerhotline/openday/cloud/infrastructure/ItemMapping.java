package cn.summerhotline.openday.cloud.infrastructure;

import static cn.summerhotline.platform.events.store.StoredValues.date;
import static cn.summerhotline.platform.events.store.StoredValues.each;
import static cn.summerhotline.platform.events.store.StoredValues.enumOf;
import static cn.summerhotline.platform.events.store.StoredValues.instant;
import static cn.summerhotline.platform.events.store.StoredValues.list;
import static cn.summerhotline.platform.events.store.StoredValues.name;
import static cn.summerhotline.platform.events.store.StoredValues.number;
import static cn.summerhotline.platform.events.store.StoredValues.put;

import cn.summerhotline.openday.cloud.CloudSection;
import cn.summerhotline.openday.cloud.model.ChartPoint;
import cn.summerhotline.openday.cloud.model.CloudItem;
import cn.summerhotline.openday.cloud.model.ItemChange;
import cn.summerhotline.openday.cloud.model.ItemKind;
import cn.summerhotline.openday.cloud.model.ItemStatus;
import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.platform.events.store.AggregateMapping;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/** An item as the {@code cloud_items} document; its submitted change becomes the content.submitted event. */
final class ItemMapping implements AggregateMapping<CloudItem> {

    static final Set<String> FIELDS = Set.of(
            "year",
            "section",
            "kind",
            "unit",
            "squad",
            "submitter",
            "title",
            "body",
            "imageLinks",
            "videoLink",
            "checkInPlace",
            "chart",
            "status",
            "contentVersion",
            "submittedAt",
            "publishedAt");

    @Override
    public Object id(CloudItem item) {
        return item.id();
    }

    @Override
    public long version(CloudItem item) {
        return item.version();
    }

    @Override
    public Document write(CloudItem item) {
        Document d = new Document();
        put(d, "year", item.year());
        put(d, "section", name(item.section()));
        put(d, "kind", name(item.kind()));
        put(d, "unit", item.unit());
        put(d, "squad", item.squad());
        put(d, "submitter", item.submitter());
        put(d, "title", item.title());
        put(d, "body", item.body());
        put(d, "imageLinks", item.imageLinks());
        put(d, "videoLink", item.videoLink());
        put(d, "checkInPlace", item.checkInPlace());
        put(
                d,
                "chart",
                each(
                        item.chart(),
                        p -> new Document("series", p.series())
                                .append("label", p.label())
                                .append("value", p.value())));
        put(d, "status", name(item.status()));
        put(d, "contentVersion", item.contentVersion());
        put(d, "submittedAt", date(item.submittedAt()));
        put(d, "publishedAt", date(item.publishedAt()));
        return d;
    }

    @Override
    public CloudItem read(Document d) {
        return new CloudItem(
                d.getString("_id"),
                number(d, "year").intValue(),
                enumOf(CloudSection.class, d.getString("section")),
                enumOf(ItemKind.class, d.getString("kind")),
                d.getString("unit"),
                d.getString("squad"),
                d.getString("submitter"),
                d.getString("title"),
                d.getString("body"),
                d.getList("imageLinks", String.class, List.of()),
                d.getString("videoLink"),
                d.getString("checkInPlace"),
                list(
                        d,
                        "chart",
                        p -> new ChartPoint(
                                p.getString("series"),
                                p.getString("label"),
                                number(p, "value").doubleValue())),
                enumOf(ItemStatus.class, d.getString("status")),
                number(d, "contentVersion").intValue(),
                instant(d, "submittedAt"),
                instant(d, "publishedAt"),
                number(d, "version").longValue(),
                List.of());
    }

    @Override
    public Set<String> fields() {
        return FIELDS;
    }

    @Override
    public List<OutgoingEvent> events(CloudItem item) {
        return item.changes().stream()
                .filter(change -> change == ItemChange.SUBMITTED)
                .map(change -> ContentEvents.submitted(item))
                .toList();
    }

    @Override
    public CloudItem stored(CloudItem item, long version) {
        return item.stored(version);
    }
}
