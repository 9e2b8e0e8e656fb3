package cn.summerhotline.publicity.importing.infrastructure;

import cn.summerhotline.publicity.importing.application.ImportPlan;
import cn.summerhotline.publicity.importing.model.PlanDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2021 plan ({@code plans/summer-hotline-2021.json}, written from the printed plan's 三(二), departments and
 * periods as printed) imported on the first start of a database without it. Safe on every start and on two
 * replicas at once: see {@link ImportPlan#seed}.
 */
@Component
class SeedPlan implements ApplicationRunner {

    static final String FILE = "plans/summer-hotline-2021.json";
    private static final Logger log = LoggerFactory.getLogger(SeedPlan.class);

    private final ImportPlan importPlan;
    private final JsonMapper json;
    private final boolean enabled;

    SeedPlan(ImportPlan importPlan, JsonMapper json, @Value("${summer.publicity.seed:true}") boolean enabled) {
        this.importPlan = importPlan;
        this.json = json;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        PlanDocument plan = read();
        importPlan
                .seed(plan.year(), plan, FILE)
                .ifPresent(report -> log.info(
                        "seeded the {} plan: {} projects imported, {} defect(s) reported",
                        report.year(),
                        report.imported().size(),
                        report.defects().size()));
    }

    PlanDocument read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return json.readValue(in, PlanDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
