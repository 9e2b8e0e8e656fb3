package cn.summerhotline.openday.cloud.application;

import cn.summerhotline.openday.cloud.CloudSection;
import cn.summerhotline.openday.cloud.model.ChartPoint;
import cn.summerhotline.openday.cloud.model.ItemKind;
import java.util.List;

/** What a unit hands in for a section: the fields of a new item, validated by the model. */
public record NewItem(
        CloudSection section,
        ItemKind kind,
        String title,
        String body,
        List<String> imageLinks,
        String videoLink,
        String checkInPlace,
        List<ChartPoint> chart) {}
