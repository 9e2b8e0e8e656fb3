package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretTest {

    @TempDir
    Path data;

    @Test
    void shouldMakeASecretLongEnoughForHs256AndKeepItForTheNextStart() throws Exception {
        Path file = data.resolve("nested").resolve("jwt-secret");

        String first = LocalSecret.loadOrCreate(file);
        String second = LocalSecret.loadOrCreate(file);

        assertThat(first.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(file).trim()).isEqualTo(first);
    }

    @Test
    void shouldMakeADifferentSecretForEachCheckout() {
        assertThat(LocalSecret.loadOrCreate(data.resolve("a")))
                .isNotEqualTo(LocalSecret.loadOrCreate(data.resolve("b")));
    }

    @Test
    void shouldLetOnlyTheOwnerReadTheSecretFile() throws Exception {
        Path file = data.resolve("jwt-secret");

        LocalSecret.loadOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void shouldReplaceASecretTooShortForHs256() throws Exception {
        Path file = data.resolve("jwt-secret");
        Files.writeString(file, "short\n");

        String secret = LocalSecret.loadOrCreate(file);

        assertThat(secret).isNotEqualTo("short");
        assertThat(secret.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(32);
    }
}
