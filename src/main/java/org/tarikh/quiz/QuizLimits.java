package org.tarikh.quiz;

/**
 * How many questions a quiz has and how long an exam may last: the quiz's own rules and a class assignment's
 * rules both read these, so the two cannot drift apart.
 */
public final class QuizLimits {

    public static final int MIN_COUNT = 5;
    public static final int MAX_COUNT = 50;
    public static final int DEFAULT_COUNT = 10;
    public static final int MIN_TIME_LIMIT_SECONDS = 60;
    public static final int MAX_TIME_LIMIT_SECONDS = 4 * 3600;

    private QuizLimits() {
    }
}
