package org.tarikh.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that encrypts the login cookie, when TARIKH_SESSION_KEY (or the Quarkus setting) is not given:
 * made once at random and kept in a private file, so sign-ins survive restarts and no key lives in the repo.
 * Several nodes serving one database must share the key through the environment instead.
 */
public final class SessionKeyFile {

    private SessionKeyFile() {
    }

    public static String readOrCreate(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = Base64.getEncoder().encodeToString(random);
        Files.createDirectories(file.getParent());
        Files.writeString(file, key, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the file keeps the default permissions
        }
        return key;
    }
}
