package cn.summerhotline.publicity.programme.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A campaign year's programme: the campaign's dates (the plan's 活动时间) and its themes. Its projects are
 * aggregates of their own.
 */
public record Programme(
        int year,
        String title,
        LocalDate campaignStart,
        LocalDate campaignEnd,
        List<Theme> themes,
        String origin,
        Instant createdAt) {

    public Programme {
        if (campaignStart == null || campaignEnd == null || campaignEnd.isBefore(campaignStart)) {
            throw new ProgrammeRuleViolation("campaign", "the campaign needs a start and an end after it");
        }
        if (campaignStart.getYear() != year) {
            throw new ProgrammeRuleViolation("campaign", "the campaign starts in its year " + year);
        }
        themes = List.copyOf(themes);
    }

    public Optional<Theme> theme(int number) {
        return themes.stream().filter(t -> t.number() == number).findFirst();
    }
}
