package org.tarikh.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A verified password is remembered for five minutes from its last use, and only for the hash it matched. */
class VerifiedPasswordsTest {

    private static final String HASH = "$2a$10$hash-of-the-password";

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicInteger bcrypts = new AtomicInteger();
    private final VerifiedPasswords passwords = new VerifiedPasswords(now::get, (password, hash) -> {
        bcrypts.incrementAndGet();
        return password.equals("right") && hash.equals(HASH);
    });

    @Test
    void aMatchInUseIsNotCheckedAgainWhileEachUseComesWithinFiveMinutesOfTheLast() {
        assertTrue(passwords.matches("ada", "right", HASH));
        for (Duration gap : new Duration[] {Duration.ofSeconds(144), Duration.ofSeconds(162), Duration.ofSeconds(299),
                Duration.ofSeconds(3), Duration.ofSeconds(290)}) {
            later(gap);
            assertTrue(passwords.matches("ada", "right", HASH));
        }
        assertEquals(1, bcrypts.get(), "one bcrypt for 15 minutes of use");
    }

    @Test
    void fiveMinutesUnusedAndTheMatchIsForgotten() {
        assertTrue(passwords.matches("ada", "right", HASH));
        later(Duration.ofMinutes(5).plusSeconds(1));
        assertTrue(passwords.matches("ada", "right", HASH));
        assertEquals(2, bcrypts.get());
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndAChangedHashIsCheckedAfresh() {
        assertFalse(passwords.matches("ada", "wrong", HASH));
        assertFalse(passwords.matches("ada", "wrong", HASH));
        assertEquals(2, bcrypts.get());
        assertTrue(passwords.matches("ada", "right", HASH));
        assertFalse(passwords.matches("ada", "right", "$2a$10$the-hash-after-a-password-change"));
        assertEquals(4, bcrypts.get());
        assertTrue(passwords.matches("ada", "right", HASH));
        assertFalse(passwords.matches("grace", "right", HASH.replace("hash", "other")), "another user's entry");
        assertEquals(5, bcrypts.get());
    }

    @Test
    void theHashARememberedPasswordMatchedIsKnownOnlyForThatNameAndPasswordWhileRemembered() {
        assertEquals(null, passwords.rememberedHash("ada", "right"), "nothing verified yet");
        assertTrue(passwords.matches("ada", "right", HASH));
        assertEquals(HASH, passwords.rememberedHash("ada", "right"));
        assertEquals(null, passwords.rememberedHash("ada", "wrong"));
        assertEquals(null, passwords.rememberedHash("grace", "right"));
        later(Duration.ofSeconds(290));
        assertEquals(HASH, passwords.rememberedHash("ada", "right"), "a use keeps it");
        later(Duration.ofSeconds(290));
        assertEquals(HASH, passwords.rememberedHash("ada", "right"));
        later(Duration.ofMinutes(5).plusSeconds(1));
        assertEquals(null, passwords.rememberedHash("ada", "right"));
        assertEquals(1, bcrypts.get(), "looking up a remembered hash never runs bcrypt");
    }

    private void later(Duration gap) {
        now.addAndGet(gap.toNanos());
    }
}
