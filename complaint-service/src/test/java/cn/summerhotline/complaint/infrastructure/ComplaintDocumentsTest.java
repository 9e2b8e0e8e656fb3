package cn.summerhotline.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.ComplaintSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stored shape of a complaint, pinned by golden documents that the Spring Data converter wrote before the
 * mapping was spelt out: existing data and the statistics pipeline rely on every name, type and nesting there.
 */
class ComplaintDocumentsTest {

    private static final List<String> NAMES = List.of("primary", "duplicate");

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void shouldWriteExactlyTheDocumentTheStoreHasAlwaysHeld(int which) throws IOException {
        Complaint complaint = StoredComplaints.both().get(which);

        String written = GoldenJson.of(ComplaintDocuments.write(complaint.snapshot()));

        assertThat(written).isEqualTo(golden(NAMES.get(which)).strip());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void shouldReadTheGoldenDocumentBackAsTheComplaintItWasWrittenFrom(int which) throws IOException {
        Complaint complaint = StoredComplaints.both().get(which);

        ComplaintSnapshot read = ComplaintDocuments.read(Document.parse(golden(NAMES.get(which))));

        assertThat(read).isEqualTo(complaint.snapshot());
    }

    @Test
    void shouldListEveryStoredFieldButTheIdForUpdatesToSetOrUnset() throws IOException {
        Set<String> stored = new LinkedHashSet<>();
        for (String name : NAMES) {
            stored.addAll(Document.parse(golden(name)).keySet());
        }
        stored.remove("_id");

        assertThat(ComplaintDocuments.STORED_FIELDS)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void shouldReadADocumentWrittenBeforeRatingCodesAndDuplicatesExisted() throws IOException {
        Document older = Document.parse(golden("duplicate"));
        for (String added : List.of("possibleDuplicates", "wrongRatingCodes", "everOverdue", "mergedCases")) {
            older.remove(added);
        }

        ComplaintSnapshot read = ComplaintDocuments.read(older);

        assertThat(read.possibleDuplicates()).isEmpty();
        assertThat(read.ratingLock().wrongCodes()).isZero();
        assertThat(read.ratingLock().locked()).isFalse();
        assertThat(read.deadline().everOverdue()).isFalse();
        assertThat(read.merge().mergedCases()).isEmpty();
        assertThat(read.merge().mergedInto()).isEqualTo("c-primary");
    }

    @Test
    void shouldWriteTheVersionAsA64BitNumber() {
        ComplaintSnapshot next = StoredComplaints.both().get(0).snapshot().withVersion(7);

        assertThat(ComplaintDocuments.write(next).get("version")).isEqualTo(7L);
        assertThat(ComplaintDocuments.read(ComplaintDocuments.write(next))).isEqualTo(next);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in =
                ComplaintDocumentsTest.class.getResourceAsStream("/stored-complaints/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
