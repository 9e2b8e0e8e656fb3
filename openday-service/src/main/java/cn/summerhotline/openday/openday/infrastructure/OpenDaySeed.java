package cn.summerhotline.openday.openday.infrastructure;

import cn.summerhotline.openday.openday.application.OpenDays;
import cn.summerhotline.openday.openday.model.OpenDay;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.openday.venue.model.Activity;
import cn.summerhotline.openday.venue.model.ActivityKind;
import cn.summerhotline.openday.venue.model.Venue;
import cn.summerhotline.openday.venue.model.VenueKind;
import cn.summerhotline.platform.organisation.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2021 open day ({@code seed/openday-2021.json}, written from the plan's 附件1) on the first start of a store
 * without it. Each record is inserted only if its id is absent, venues first and the open day last: a restart, a
 * second replica starting at the same moment or a run cut short and run again writes each record once and
 * never overwrites what admins changed since. No read-then-write decides anything; the unique ids do.
 */
@Component
@ConditionalOnProperty(name = "summer.openday.seed.enabled", havingValue = "true", matchIfMissing = true)
class OpenDaySeed implements ApplicationRunner {

    static final String RESOURCE = "seed/openday-2021.json";

    private static final Logger log = LoggerFactory.getLogger(OpenDaySeed.class);

    record SeedActivity(ActivityKind kind, String title, Instant startsAt, Instant endsAt) {}

    record SeedVenue(
            String id,
            String name,
            String address,
            String hostUnit,
            String squad,
            VenueKind kind,
            List<SeedActivity> activities,
            List<String> joiningUnits) {}

    record SeedFile(
            List<String> notes,
            int year,
            LocalDate date,
            String theme,
            LocalDate planDeadline,
            List<SeedVenue> venues) {}

    private final OpenDays openDays;
    private final Venues venues;

    OpenDaySeed(OpenDays openDays, Venues venues) {
        this.openDays = openDays;
        this.venues = venues;
    }

    @Override
    public void run(ApplicationArguments args) {
        int written = load();
        if (written > 0) {
            log.info("Loaded the 2021 open day from {}: {} records", RESOURCE, written);
        }
    }

    /** Writes what is absent of the seed; the number of records this run wrote (0 when all were there). */
    int load() {
        SeedFile seed = read();
        if (openDays.ofYear(seed.year()).isPresent()) {
            return 0;
        }
        int written = 0;
        for (SeedVenue venue : seed.venues()) {
            if (venues.add(venue(seed.year(), venue))) {
                written++;
            }
        }
        if (openDays.add(new OpenDay(seed.year(), seed.date(), seed.theme(), Map.of(), seed.planDeadline()))) {
            written++;
        }
        return written;
    }

    static SeedFile read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the open day's seed " + RESOURCE + " cannot be read", e);
        }
    }

    private static Venue venue(int year, SeedVenue seed) {
        for (String unit : seed.joiningUnits()) {
            requireUnit(unit);
        }
        requireUnit(seed.hostUnit());
        return new Venue(
                seed.id(),
                year,
                seed.name(),
                seed.address(),
                seed.hostUnit(),
                seed.squad(),
                seed.kind(),
                seed.activities().stream()
                        .map(a -> new Activity(a.kind(), a.title(), a.startsAt(), a.endsAt()))
                        .toList(),
                seed.joiningUnits());
    }

    private static void requireUnit(String code) {
        if (!Unit.isKnown(code)) {
            throw new IllegalStateException("the seed " + RESOURCE + " names an unknown unit " + code);
        }
    }
}
