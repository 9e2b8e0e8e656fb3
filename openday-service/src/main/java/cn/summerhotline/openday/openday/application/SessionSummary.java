package cn.summerhotline.openday.openday.application;

import java.time.Instant;

/**
 * A session of a venue as the open day's overview shows it (the session feature owns sessions).
 *
 * @param id the session's id
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param capacity its places in all
 * @param placesLeft places not yet taken, over every audience
 */
public record SessionSummary(String id, Instant startsAt, Instant endsAt, int capacity, int placesLeft) {}
