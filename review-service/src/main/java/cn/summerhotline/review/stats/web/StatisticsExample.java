package cn.summerhotline.review.stats.web;

/** An answer of the statistics, as the OpenAPI document shows it. */
final class StatisticsExample {

    static final String JSON = """
            {"from": "2025-07-01", "to": "2025-08-01", "at": "2025-07-20T10:00:00+08:00", "unit": "xuhui",
             "squad": null,
             "items": {"total": 6, "byStatusAndLevel": [
               {"status": "PENDING", "level": "SQUAD", "items": 2},
               {"status": "PENDING", "level": "DISTRICT", "items": 1},
               {"status": "PUBLISHED", "level": "CITY", "items": 2},
               {"status": "TAKEN_DOWN", "level": "CITY", "items": 1}]},
             "levels": [
               {"level": "SQUAD", "deadline": "PT24H", "pending": 2, "overdue": 1, "decided": 4,
                "medianTime": "PT5H30M"},
               {"level": "DISTRICT", "deadline": "PT24H", "pending": 1, "overdue": 0, "decided": 4,
                "medianTime": "PT3H"},
               {"level": "CITY", "deadline": "PT48H", "pending": 0, "overdue": 0, "decided": 3,
                "medianTime": "PT20H"}],
             "takedowns": {"total": 1, "byKind": [
               {"kind": "PUBLIC_OPINION", "takedowns": 1}, {"kind": "UNTIMELY", "takedowns": 0},
               {"kind": "OTHER", "takedowns": 0}]},
             "reports": {"reports": 3, "itemsReported": 1, "itemsHidden": 1},
             "actions": [
               {"step": "SUBMITTED", "entries": 6, "items": 6},
               {"step": "APPROVED", "entries": 10, "items": 4},
               {"step": "TAKEN_DOWN", "takedownKind": "PUBLIC_OPINION", "entries": 1, "items": 1}]}""";

    private StatisticsExample() {}
}
