package org.tarikh.bank.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes question ids for formats that have none (or only a title): a slug of the title or the prompt's
 * first words, made unique within the file with -2, -3, ...
 */
public final class QuestionIds {

    private static final int MAX = 48;
    private final Set<String> taken = new HashSet<>();

    /** A fresh id from {@code text}; {@code fallback} when the text has no letters or digits. */
    public String next(String text, String fallback) {
        String base = slug(text);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Reserves an id the file gave explicitly, so generated ones never collide with it. */
    public boolean reserve(String id) {
        return taken.add(id);
    }

    /**
     * An id for a text with no Latin letters or digits (a Persian title, say), taken from the text itself so that
     * it stays the same wherever the question sits in the file: "q-" and eight hex digits of its SHA-256.
     */
    public static String fromContent(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (text == null ? "" : text.strip()).getBytes(StandardCharsets.UTF_8));
            return "q-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX);
            int cut = slug.lastIndexOf('-');
            slug = cut > 16 ? slug.substring(0, cut) : slug.replaceAll("-$", "");
        }
        return slug;
    }
}
