package org.tarikh.bank.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the blanks of a cloze text: {@code "The {{Geneva Accords}} were signed in {{1988}}."}. */
public final class ClozeText {

    private static final Pattern BLANK = Pattern.compile("\\{\\{(.*?)}}");
    /** What a learner sees in place of a blank. */
    public static final String GAP = "_____";

    private ClozeText() {
    }

    /** The accepted alternatives of each blank, in order. */
    public static List<List<String>> blanks(String text) {
        List<List<String>> blanks = new ArrayList<>();
        Matcher m = BLANK.matcher(text);
        while (m.find()) {
            blanks.add(Arrays.stream(m.group(1).split("\\|")).map(String::strip).toList());
        }
        return blanks;
    }

    /** The text with every blank replaced by a numbered gap, as the learner sees it: "[1] _____". */
    public static String withGaps(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = BLANK.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
            m.appendReplacement(out, Matcher.quoteReplacement("[" + n + "] " + GAP));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text with each blank filled by its first alternative. */
    public static String filled(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = BLANK.matcher(text);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).split("\\|")[0].strip()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
