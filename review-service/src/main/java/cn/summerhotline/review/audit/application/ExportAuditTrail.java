package cn.summerhotline.review.audit.application;

import cn.summerhotline.platform.privacy.PersonalData;
import cn.summerhotline.platform.security.Caller;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The audit trail of a period, for the city bureau and for each district's own items: every submission,
 * pre-screen, decision, takedown, report, hide and restore, one entry each. The file travels on (to the
 * bureau's office, into reports), and its readers judge the review, not the content: phone and ID numbers in
 * titles and reasons go out masked.
 */
@Component
public class ExportAuditTrail {

    private final AuditTrail trail;

    public ExportAuditTrail(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * The entries the caller may see, to be read when the answer is written; the caller's rights are checked
     * now, so that a refusal is an answer of its own rather than a broken file.
     */
    public Consumer<Consumer<AuditEntry>> entries(Caller caller, ReportingPeriod period) {
        AuditScope scope = AuditScope.of(caller);
        return each -> trail.entries(scope, period.start(), period.end(), entry -> each.accept(masked(entry)));
    }

    private static AuditEntry masked(AuditEntry e) {
        return new AuditEntry(
                e.at(),
                e.reviewId(),
                e.source(),
                e.contentId(),
                PersonalData.mask(e.title()),
                e.contentVersion(),
                e.step(),
                e.level(),
                e.unit(),
                e.squad(),
                e.actor(),
                e.actorUnit(),
                e.status(),
                PersonalData.mask(e.reason()),
                e.kinds());
    }
}
