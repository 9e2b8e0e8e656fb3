package cn.summerhotline.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HS256 secret of the local run, kept in a file so that tokens stay valid across restarts.
 * Made once with 48 random bytes; its text form is 64 characters, so it is at least 32 bytes
 * whether a reader uses the text or decodes it.
 */
final class LocalSecret {

    static final int MINIMUM_BYTES = 32;
    private static final int RANDOM_BYTES = 48;

    private LocalSecret() {}

    static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String secret = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (secret.getBytes(StandardCharsets.UTF_8).length >= MINIMUM_BYTES) {
                    return secret;
                }
                // Too short for HS256: replace rather than let every service refuse to start.
                Files.delete(file);
            }
            return create(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the local token secret " + file, e);
        }
    }

    private static String create(Path file) throws IOException {
        byte[] bytes = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return loadOrCreate(file);
        }
        restrictToOwner(file);
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        return secret;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the checkout's own permissions apply.
        }
    }
}
