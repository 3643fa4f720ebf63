package org.tarikh.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code GET /api/v1/me/progress}: the learner's study at a glance. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Progress(long dueNow, long dueToday, long reviewsToday, int streakDays, Double retention30d,
                       List<TopicMastery> topics, List<DayCount> forecast, List<DayCount> heatmap,
                       List<QuizScore> quizzes) {

    /** How well one topic of a bank is known ({@link Mastery}): flashcard reviews and quiz answers alike. */
    public record TopicMastery(String bank, String bankTitle, String topic, long questions, long seen, double mastery) {
    }

    /** A number of cards or reviews on one study day. */
    public record DayCount(String date, long due) {
    }

    /** One finished quiz. */
    public record QuizScore(String date, String bank, double percent) {
    }
}
