package org.tarikh.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for cookies and tokens, and the hash under which they are stored. */
final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** One digest per thread: looking one up costs more than hashing a cookie (docs/PERFORMANCE.md, ninth session). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    private SecretTokens() {
    }

    /** 256 random bits, URL-safe. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 is enough for random secrets: there is nothing to guess, so no slow hash is needed. */
    static byte[] hash(String secret) {
        return SHA_256.get().digest(secret.getBytes(StandardCharsets.UTF_8)); // digest() leaves it ready again
    }

    /** Compares two strings in time independent of where they differ. */
    static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }
}
