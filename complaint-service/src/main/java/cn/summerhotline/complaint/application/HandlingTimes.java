package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Category;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The handling deadline of each category: the campaign's configuration, else the category's default. */
public final class HandlingTimes {

    private final Map<Category, Duration> configured;

    public HandlingTimes(Map<Category, Duration> configured) {
        this.configured =
                configured == null || configured.isEmpty() ? new EnumMap<>(Category.class) : new EnumMap<>(configured);
    }

    public Duration of(Category category) {
        return configured.getOrDefault(category, category.defaultHandlingTime());
    }
}
