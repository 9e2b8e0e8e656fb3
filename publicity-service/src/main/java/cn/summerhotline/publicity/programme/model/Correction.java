package cn.summerhotline.publicity.programme.model;

import java.time.Instant;
import java.util.List;

/** One change of a project after it was imported or created: who, when, which fields (the audit of corrections). */
public record Correction(String by, String unit, Instant at, List<String> fields, String note) {

    public Correction {
        fields = List.copyOf(fields);
    }
}
