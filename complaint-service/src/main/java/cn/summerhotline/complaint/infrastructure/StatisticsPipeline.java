package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.application.StatisticsQuery;
import cn.summerhotline.complaint.application.StatisticsRow;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * The statistics as one aggregation pipeline: match the period (and district), group by the dimension, count.
 * The average satisfaction is the sum of the latest scores over the number of rated cases, computed from the
 * group's two sums so that unrated cases do not count as zero.
 */
final class StatisticsPipeline {

    static final String UNASSIGNED = "unassigned";

    private final MongoCollection<Document> complaints;

    StatisticsPipeline(MongoCollection<Document> complaints) {
        this.complaints = complaints;
    }

    List<StatisticsRow> run(StatisticsQuery query) {
        Document match = new Document(
                "receivedAt", new Document("$gte", Date.from(query.from())).append("$lt", Date.from(query.to())));
        if (query.district() != null) {
            match.append("district", query.district());
        }
        Document group = new Document("_id", new Document("$ifNull", List.of("$" + field(query.groupBy()), UNASSIGNED)))
                .append("received", new Document("$sum", 1))
                .append("handledOnTime", countWhere(new Document("$eq", List.of("$handledOnTime", true))))
                .append("replied", countWhere(new Document("$eq", List.of("$replied", true))))
                .append("overdue", countWhere(new Document("$eq", List.of("$everOverdue", true))))
                .append(
                        "rated",
                        countWhere(new Document(
                                "$gt", List.of(new Document("$ifNull", List.of("$latestScore", 0)), 0))))
                .append("scoreSum", new Document("$sum", new Document("$ifNull", List.of("$latestScore", 0))));
        List<Document> pipeline = List.of(
                new Document("$match", match),
                new Document("$group", group),
                new Document("$sort", new Document("_id", 1)));
        List<StatisticsRow> rows = new ArrayList<>();
        for (Document row : complaints.aggregate(pipeline)) {
            long rated = number(row, "rated");
            rows.add(new StatisticsRow(
                    String.valueOf(row.get("_id")),
                    number(row, "received"),
                    number(row, "handledOnTime"),
                    number(row, "replied"),
                    number(row, "overdue"),
                    rated,
                    rated == 0 ? null : Math.round(100.0 * number(row, "scoreSum") / rated) / 100.0));
        }
        return rows;
    }

    private static Document countWhere(Document condition) {
        return new Document("$sum", new Document("$cond", List.of(condition, 1, 0)));
    }

    private static String field(StatisticsQuery.GroupBy groupBy) {
        return switch (groupBy) {
            case DISTRICT -> "district";
            case CATEGORY -> "category";
            case CHANNEL -> "channel";
            case DAY -> "receivedDay";
        };
    }

    private static long number(Document row, String field) {
        Object value = row.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
