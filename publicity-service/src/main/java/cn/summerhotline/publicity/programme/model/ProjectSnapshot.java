package cn.summerhotline.publicity.programme.model;

import java.time.Instant;
import java.util.List;

/** A project as it is stored and read back: its plan, progress, publications, lateness and corrections. */
public record ProjectSnapshot(
        String id,
        int year,
        int number,
        ProjectPlan plan,
        Progress progress,
        List<String> publishedContents,
        Instant lateSince,
        List<Correction> corrections,
        String origin,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public ProjectSnapshot {
        publishedContents = publishedContents == null ? List.of() : List.copyOf(publishedContents);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    public ProjectSnapshot withVersion(long newVersion) {
        return new ProjectSnapshot(
                id,
                year,
                number,
                plan,
                progress,
                publishedContents,
                lateSince,
                corrections,
                origin,
                createdAt,
                updatedAt,
                newVersion);
    }
}
