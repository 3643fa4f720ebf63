package org.tarikh.signin;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a password against its bcrypt hash, remembering a match for a few minutes so that a script using HTTP
 * Basic does not pay a full bcrypt on every request. The memory holds only a keyed hash of the password (the key
 * lives in this process alone) together with the bcrypt hash it matched: a password change gives the account a
 * new hash, so the old entry no longer matches on any node.
 */
@ApplicationScoped
public class VerifiedPasswords {

    private static final long TTL_NANOS = 5L * 60 * 1_000_000_000;
    /** How often a match in use has its five minutes started again (not on every request: a map write each). */
    private static final long RENEW_NANOS = 5L * 1_000_000_000;
    private static final int MAX_ENTRIES = 10_000;

    private record Match(String passwordHash, long until) {
    }

    private final Map<String, Match> matches = new ConcurrentHashMap<>();
    private final Object[] locks = new Object[64];
    private final byte[] key = new byte[32];
    private final LongSupplier nanoTime;
    private final BiPredicate<String, String> bcrypt;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    VerifiedPasswords() {
        this(System::nanoTime, BcryptUtil::matches);
    }

    /** With the clock and the bcrypt check given, for tests. */
    VerifiedPasswords(LongSupplier nanoTime, BiPredicate<String, String> bcrypt) {
        this.nanoTime = nanoTime;
        this.bcrypt = bcrypt;
        new SecureRandom().nextBytes(key);
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * True when {@code password} is the one behind {@code passwordHash}. A remembered match lasts five minutes
     * from its last use; when it is missing, the concurrent requests of one script wait for a single bcrypt
     * instead of each running its own.
     */
    public boolean matches(String username, String password, String passwordHash) {
        String entry = keyedHash(username, password);
        if (stillKnown(entry, passwordHash)) {
            return true;
        }
        synchronized (lockFor(entry)) {
            if (stillKnown(entry, passwordHash)) {
                return true;
            }
            if (!bcrypt.test(password, passwordHash)) {
                return false;
            }
            if (matches.size() >= MAX_ENTRIES) {
                matches.clear();
            }
            matches.put(entry, new Match(passwordHash, nanoTime.getAsLong() + TTL_NANOS));
            return true;
        }
    }

    /**
     * The bcrypt hash that {@code password} was lately found to match for {@code username} (the name as
     * {@link #matches} was given it), counting as a use; null when no such match is remembered. The caller must
     * still check that the account's hash is this one.
     */
    public String rememberedHash(String username, String password) {
        Match known = live(keyedHash(username, password));
        return known == null ? null : known.passwordHash();
    }

    private boolean stillKnown(String entry, String passwordHash) {
        Match known = live(entry);
        return known != null && known.passwordHash().equals(passwordHash);
    }

    /** The remembered match of an entry, its five minutes started again when in use; null when none or expired. */
    private Match live(String entry) {
        Match known = matches.get(entry);
        long now = nanoTime.getAsLong();
        if (known == null || now - known.until() >= 0) {
            return null;
        }
        if (known.until() - now < TTL_NANOS - RENEW_NANOS) {
            matches.put(entry, new Match(known.passwordHash(), now + TTL_NANOS)); // in use: keep it
        }
        return known;
    }

    /** One of a fixed set of locks, chosen by the entry: enough to keep one script's requests from racing. */
    private Object lockFor(String entry) {
        return locks[Math.floorMod(entry.hashCode(), locks.length)];
    }

    private String keyedHash(String username, String password) {
        Mac mac = macs.get(); // doFinal leaves it ready for the next use
        mac.update(username.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
