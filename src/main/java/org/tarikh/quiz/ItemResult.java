package org.tarikh.quiz;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.tarikh.bank.SourceRef;

/**
 * How one question of an attempt went: the score, the right answer, why, and where the source says so.
 * {@code questionId} is the attempt's opaque id; {@code reportId} (pages only) names the question version
 * for the "report a problem" form. {@code parts}: per position, pair or blank for order, match and cloze.
 * {@code feedback}: the author's feedback for what was answered (null when none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(String questionId, int number, String prompt, boolean answered, boolean correct, double score,
                         String yourAnswer, String correctAnswer, String explanation, SourceRef source,
                         List<AnswerParts.Part> parts, @JsonIgnore String reportId, String feedback) {

    /** Right, partly right, wrong or not answered, as a CSS class and for the summary. */
    public String outcome() {
        return correct ? "right" : !answered ? "unanswered" : score > 0 ? "partial" : "wrong";
    }
}
