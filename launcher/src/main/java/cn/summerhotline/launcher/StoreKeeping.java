package cn.summerhotline.launcher;

import java.util.Locale;
import java.util.Map;

/**
 * Where the embedded store keeps its data, from {@code SUMMER_STORE}: in an H2 file under {@code data/store/} by
 * default, so a restart keeps what was entered; {@code memory} keeps nothing, for a benchmark or a throwaway demo
 * (the H2 backend's index lookups cost several times the memory backend's under a flash crowd).
 */
enum StoreKeeping {
    FILE,
    MEMORY;

    static final String VARIABLE = "SUMMER_STORE";

    static StoreKeeping from(Map<String, String> env) {
        String value = env.getOrDefault(VARIABLE, "").trim();
        if (value.isEmpty()) {
            return FILE;
        }
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(
                    VARIABLE + "=" + value + " is not a store: use file (the default) or memory");
        }
    }
}
