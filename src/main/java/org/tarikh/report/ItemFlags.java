package org.tarikh.report;

import java.util.ArrayList;
import java.util.List;

/** The warnings item analysis raises about a question, once enough learners have answered it. */
final class ItemFlags {

    /** Below this many answers, the numbers say too little to flag anything. */
    static final int MIN_ANSWERS = 5;
    static final double TOO_EASY = 0.9;
    static final double TOO_HARD = 0.2;

    private ItemFlags() {
    }

    static List<String> of(int answers, double facility, Double discrimination, List<ClassReport.ChoiceCount> choices) {
        List<String> flags = new ArrayList<>();
        if (answers < MIN_ANSWERS) {
            return flags;
        }
        if (facility > TOO_EASY) {
            flags.add("too-easy");
        }
        if (facility < TOO_HARD) {
            flags.add("too-hard");
        }
        if (discrimination != null && discrimination < 0) {
            flags.add("negative-discrimination");
        }
        if (choices.stream().anyMatch(c -> !c.right() && c.picked() == 0)) {
            flags.add("unused-distractor");
        }
        return flags;
    }

    /** The words a teacher reads for a flag code. */
    static String label(String flag) {
        return switch (flag) {
            case "too-easy" -> "Too easy (over 90 % right)";
            case "too-hard" -> "Too hard (under 20 % right)";
            case "negative-discrimination" -> "Stronger students do worse on it";
            case "unused-distractor" -> "A distractor nobody picks";
            default -> flag;
        };
    }
}
