package org.tarikh.quiz;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How one question of an attempt went: the score, the right answer, why, and where the source says so.
 * {@code questionId} is the attempt's opaque id; {@code reportId} (pages only) names the question version
 * for the "report a problem" form.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(String questionId, int number, String prompt, boolean answered, boolean correct, double score,
                         String yourAnswer, String correctAnswer, String explanation, SourceRef source,
                         @JsonIgnore String reportId) {

    /** A section of the bank's source and a link to it. */
    public record SourceRef(String section, String url) {
    }
}
