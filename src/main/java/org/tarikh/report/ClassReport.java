package org.tarikh.report;

import java.util.List;

/** A class's report: one row per student, one per question of the class's banks that was answered. */
public record ClassReport(long classId, String className, List<StudentRow> students, List<ItemRow> items) {

    /** One student's work on the class's banks since they joined. {@code bestScore} is 0..1 (null: no quiz yet). */
    public record StudentRow(String username, String displayName, int attempts, Double bestScore, int dueNow,
                             Double mastery, List<TopicMastery> topics) {
    }

    /** Mastery (0..1) of one topic of one bank: mean recall of the cards studied, times the share studied. */
    public record TopicMastery(String bank, String topic, Double mastery) {
    }

    /**
     * Item analysis of one question (all its versions) over the class's finished attempts. {@code facility} is the
     * mean score (0..1); {@code discrimination} the Pearson correlation between the item's score and the mean score
     * of the attempt's other items (null when either does not vary).
     */
    public record ItemRow(String bank, String questionId, String type, String prompt, int answers, Double facility,
                          Double discrimination, List<ChoiceCount> choices, List<String> flags) {
    }

    /** How often a choice was picked; {@code right} tells an answer from a distractor. */
    public record ChoiceCount(String choice, boolean right, int picked) {
    }
}
