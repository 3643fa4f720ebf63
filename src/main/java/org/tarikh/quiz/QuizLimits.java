package org.tarikh.quiz;

import io.quarkus.qute.TemplateData;

/**
 * How many questions a quiz has and how long an exam may last: the quiz's own rules, a class assignment's rules and
 * the forms ({@code {QuizLimits:MAX_COUNT}}) all read these, so they cannot drift apart.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
public final class QuizLimits {

    public static final int MIN_COUNT = 5;
    public static final int MAX_COUNT = 50;
    public static final int DEFAULT_COUNT = 10;
    public static final int MIN_TIME_LIMIT_SECONDS = 60;
    public static final int MAX_TIME_LIMIT_SECONDS = 4 * 3600;
    /** The time limit as the forms ask for it, in whole minutes. */
    public static final int MIN_TIME_LIMIT_MINUTES = MIN_TIME_LIMIT_SECONDS / 60;
    public static final int MAX_TIME_LIMIT_MINUTES = MAX_TIME_LIMIT_SECONDS / 60;

    /** "A quiz has 5 to 50 questions." */
    public static final String COUNT_RULE = "A quiz has " + MIN_COUNT + " to " + MAX_COUNT + " questions.";
    /** "The time limit is between 1 minute and 4 hours." */
    public static final String TIME_LIMIT_RULE = "The time limit is between " + duration(MIN_TIME_LIMIT_SECONDS)
            + " and " + duration(MAX_TIME_LIMIT_SECONDS) + ".";

    private QuizLimits() {
    }

    /** A whole number of hours or minutes in words: "1 minute", "4 hours". */
    static String duration(int seconds) {
        boolean hours = seconds % 3600 == 0;
        int n = hours ? seconds / 3600 : seconds / 60;
        return n + (hours ? " hour" : " minute") + (n == 1 ? "" : "s");
    }
}
