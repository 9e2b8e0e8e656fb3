package cn.summerhotline.review.audit.web;

import cn.summerhotline.platform.spreadsheet.Spreadsheet;
import cn.summerhotline.platform.web.CodeLabels;
import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.review.audit.application.AuditEntry;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The audit trail of a period as one .xlsx sheet, one row per history entry, in the reader's language (headers,
 * steps, levels, statuses and kinds named as the labels endpoint names them; Chinese unless English is asked for).
 * Times are Excel dates to the second in Beijing time. Like the complaints' export it is one more representation
 * of an answer, written straight into the response.
 */
final class AuditWorkbook {

    /** The columns, by the message code of their header ({@code audit.column.<name>}). */
    static final List<String> COLUMNS = List.of(
            "at",
            "reviewId",
            "source",
            "contentId",
            "title",
            "contentVersion",
            "step",
            "level",
            "unit",
            "squad",
            "actor",
            "actorUnit",
            "status",
            "reason",
            "kind");

    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm:ss";
    private static final List<String> OWN_ACTORS = List.of("system", "public");

    private final ProblemMessages messages;
    private final CodeLabels labels;
    private final Locale locale;

    AuditWorkbook(ProblemMessages messages, CodeLabels labels, Locale locale) {
        this.messages = messages;
        this.labels = labels;
        this.locale = locale;
    }

    int write(Consumer<Consumer<AuditEntry>> entries, OutputStream out) {
        List<String> header = COLUMNS.stream()
                .map(column -> messages.text("audit.column." + column, locale))
                .toList();
        try (Spreadsheet sheet = new Spreadsheet(messages.text("audit.sheet", locale), header, DATE_FORMAT)) {
            entries.accept(entry -> row(sheet.row(), entry));
            return sheet.write(out);
        }
    }

    private void row(Spreadsheet.Row row, AuditEntry e) {
        row.time(e.at())
                .text(e.reviewId())
                .text(e.source())
                .text(e.contentId())
                .text(e.title())
                .number(e.contentVersion())
                .text(labels.label("Step", e.step(), locale))
                .text(labels.label("ReviewLevel", e.level(), locale))
                .text(e.unit())
                .text(e.squad())
                .text(actor(e.actor()))
                .text(e.actorUnit())
                .text(labels.label("ReviewStatus", e.status(), locale))
                .text(e.reason())
                .text(kinds(e));
    }

    /** The service and the public by name; people by their account. */
    private String actor(String actor) {
        return OWN_ACTORS.contains(actor) ? messages.text("audit.actor." + actor, locale) : actor;
    }

    /** A kind stored as {@code takedownKind} is a code of the enum {@code TakedownKind}. */
    private String kinds(AuditEntry e) {
        return e.kinds().entrySet().stream()
                .map(kind -> labels.label(
                        Character.toUpperCase(kind.getKey().charAt(0))
                                + kind.getKey().substring(1),
                        kind.getValue(),
                        locale))
                .collect(Collectors.joining("; "));
    }
}
