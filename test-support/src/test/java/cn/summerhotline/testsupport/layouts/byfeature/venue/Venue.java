package cn.summerhotline.testsupport.layouts.byfeature.venue;

/** A flat CRUD feature: its record, store and controller side by side. */
public record Venue(String name) {}
