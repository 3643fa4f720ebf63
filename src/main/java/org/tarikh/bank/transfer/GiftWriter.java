package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.QuestionMaps;

/**
 * Writes questions as Moodle GIFT text, in the given order: a {@code $CATEGORY} line whenever the topic changes,
 * Tarikh's {@code // source:}, {@code // tags:} and {@code // difficulty:} comments, the id as {@code ::title::},
 * and the answer block with {@code ####explanation}. Ordering, cloze, date and card questions have no GIFT form
 * and are listed as skipped. A numeric question's unit has no GIFT form either and is left out.
 * {@link GiftReader} reads the file back to equal questions, except that a multi question without weights
 * comes back with the equal weights it was written with.
 */
public final class GiftWriter {

    private GiftWriter() {
    }

    /** The GIFT text of the questions, and those it leaves out with the reason. */
    public static ExportedFile write(List<QuestionSpec> questions) {
        StringBuilder out = new StringBuilder();
        List<ExportedFile.Skipped> skipped = new ArrayList<>();
        String topic = null;
        for (QuestionSpec q : questions) {
            String reason = GiftAnswerWriter.unsupported(q.body());
            if (reason != null) {
                skipped.add(new ExportedFile.Skipped(q.id(), q.type().code(), reason));
                continue;
            }
            if (!q.topic().equals(topic)) {
                topic = q.topic();
                blankLine(out).append("$CATEGORY: ").append(GiftCategory.path(topic)).append('\n');
            }
            question(blankLine(out), q);
        }
        return new ExportedFile(out.toString(), skipped);
    }

    private static StringBuilder blankLine(StringBuilder out) {
        return out.isEmpty() ? out : out.append('\n');
    }

    private static void question(StringBuilder out, QuestionSpec q) {
        if (!q.sections().isEmpty()) {
            out.append("// source: ").append(QuestionMaps.joinSections(q.sections())).append('\n');
        }
        if (q.tags() != null) {
            out.append("// tags: ").append(String.join(", ", q.tags())).append('\n');
        }
        if (q.difficulty() != null) {
            out.append("// difficulty: ").append(q.difficulty()).append('\n');
        }
        out.append("::").append(GiftEscapes.escape(q.id())).append("::");
        String block = GiftAnswerWriter.block(q.body(), q.explanation());
        String prompt = q.prompt();
        int gap = prompt.indexOf(GiftQuestionParser.BLANK);
        String after = gap < 0 ? "" : prompt.substring(gap + GiftQuestionParser.BLANK.length());
        if (gap >= 0 && !after.isBlank() && !after.contains(GiftQuestionParser.BLANK)) {
            // A missing-word question, as Moodle writes it: the answers stand in the blank.
            out.append(GiftEscapes.escape(prompt.substring(0, gap))).append(block).append(GiftEscapes.escape(after));
        } else {
            out.append(GiftEscapes.escape(prompt)).append(' ').append(block);
        }
        out.append('\n');
    }
}
