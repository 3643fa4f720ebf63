package org.tarikh.quiz.grading;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Loose comparison of typed answers: ignores case, accents, punctuation (hyphens and apostrophes included) and spacing,
 * so "Dr. Najib" matches "dr najib", "Mazar-i-Sharif" matches "Mazar i Sharif" and "Qur'an" matches "Quran".
 */
public final class TextMatch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Punctuation, symbols, and spacing modifier letters such as the ʿayn sign in "Masʿud". */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\u02B0-\\u02FF]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Letters that Unicode does not decompose into a base letter and a mark. */
    private static final String[][] FOLDS = {
        {"ß", "ss"}, {"æ", "ae"}, {"œ", "oe"}, {"ø", "o"}, {"ł", "l"}, {"đ", "d"}, {"ð", "d"}, {"þ", "th"}, {"ı", "i"}};

    private TextMatch() {
    }

    /**
     * Lower case, accents stripped (compatibility decomposition, then combining marks removed), punctuation turned into
     * spaces, runs of spaces collapsed and the ends trimmed: "  Dr. Najíb-ullah! " becomes "dr najib ullah".
     */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        for (String[] fold : FOLDS) {
            s = s.replace(fold[0], fold[1]);
        }
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /**
     * Whether a learner's answer matches an accepted one. Word breaks are ignored too, so a hyphen, an apostrophe or a
     * space may be present or not ("Najib-ullah" matches "Najibullah"). An answer with nothing left matches nothing.
     */
    public static boolean matches(String given, String accepted) {
        String g = compact(given);
        return !g.isEmpty() && g.equals(compact(accepted));
    }

    private static String compact(String text) {
        return normalise(text).replace(" ", "");
    }
}
