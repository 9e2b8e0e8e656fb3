package cn.summerhotline.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/, /",
        "/api/v1/complaints, /api/v1/complaints",
        "/api/v1/complaints/, /api/v1/complaints/",
        "/api/v1/complaints/track/SH.2025.0001, /api/v1/complaints/track/SH.2025.0001",
        "/%61pi/v1/complaints/categories, /api/v1/complaints/categories",
        "/api/v1/%43omplaints, /api/v1/Complaints",
        "/open311/v2/services%2Ejson, ",
        "/api/v1/complaints/track/%E4%B8%AD, /api/v1/complaints/track/中",
        "/api/v1/complaints/track/%e4%b8%ad, /api/v1/complaints/track/中",
        "/api/v1/complaints/track/a%20b, /api/v1/complaints/track/a b",
        "/api/v1/complaints/track/%F0%9F%98%80, /api/v1/complaints/track/\uD83D\uDE00"
    })
    void decodesOnceWhatCanOnlyBeReadOneWay(String raw, String decoded) {
        assertThat(RequestPath.decode(raw)).isEqualTo(decoded);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "",
                "api/v1/complaints",
                "//api/v1/complaints",
                "/api/v1//complaints",
                "/api/v1/complaints/track/../categories",
                "/api/v1/complaints/track/..",
                "/api/v1/openday/public/./x",
                "/api/v1/openday/public/.",
                "/api/v1/complaints/track/%2e%2e/categories",
                "/api/v1/complaints/track/%2E%2E/categories",
                "/api/v1/complaints/track/a%2fb",
                "/api/v1/complaints/track/a%2Fb",
                "/api/v1/complaints/track/a%5cb",
                "/api/v1/complaints/track/a\\b",
                "/api/v1/complaints/track/a%3bb",
                "/api/v1/complaints/track/x;jsessionid=1",
                "/api/v1/complaints/track/a%2541",
                "/api/v1/complaints/track/a%00",
                "/api/v1/complaints/track/a%0a",
                "/api/v1/complaints/track/a%7F",
                "/api/v1/complaints/track/a%",
                "/api/v1/complaints/track/a%4",
                "/api/v1/complaints/track/a%zz",
                "/api/v1/complaints/track/%C0%AF",
                "/api/v1/complaints/track/%E0%80%AE",
                "/api/v1/complaints/track/%F0%80%80%AE",
                "/api/v1/complaints/track/%C2%85",
                "/api/v1/complaints/track/%ED%A0%80",
                "/api/v1/complaints/track/%E4%B8",
                "/api/v1/complaints/track/%E4%B8a",
                "/api/v1/complaints/track/%80",
                "/api/v1/complaints/track/%F5%80%80%80",
                "/api/v1/complaints/track/中",
                "/api/v1/complaints/track/a b",
                "/api/v1/complaints/track/a|b"
            })
    void refusesWhatCouldBeReadTwoWays(String raw) {
        assertThat(RequestPath.decode(raw)).isNull();
    }

    @Test
    void returnsAPathWithoutEscapesAsItIs() {
        String raw = "/api/v1/complaints/categories";
        assertThat(RequestPath.decode(raw)).isSameAs(raw);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "/api/v1/complaints/categories | /api/v1/complaints/categories",
                "/api/v1/complaints/track/中 | /api/v1/complaints/track/%E4%B8%AD",
                "\"/api/v1/complaints/track/a b\" | /api/v1/complaints/track/a%20b",
                "/api/v1/x/a:b@c!$&'()*+,=~_-. | /api/v1/x/a:b@c!$&'()*+,=~_-.",
            })
    void writesTheDecodedPathInOneCanonicalForm(String decoded, String canonical) {
        assertThat(RequestPath.encode(decoded)).isEqualTo(canonical);
        assertThat(RequestPath.decode(canonical)).isEqualTo(decoded);
    }
}
