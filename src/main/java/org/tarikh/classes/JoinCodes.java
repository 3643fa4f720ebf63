package org.tarikh.classes;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes: six letters from an alphabet without look-alikes (no I/L, O, B, G, Q, S, Z), so a code read
 * aloud or copied from a board is typed right. 18^6 = 34 million codes.
 */
final class JoinCodes {

    static final String ALPHABET = "ACDEFHJKMNPRTUVWXY";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed: case, spaces and dashes do not matter. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
