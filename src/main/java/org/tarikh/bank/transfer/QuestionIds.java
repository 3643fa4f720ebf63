package org.tarikh.bank.transfer;

import java.text.Normalizer;
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
