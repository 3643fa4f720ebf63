package org.tarikh.bank.transfer;

import java.util.Map;

/**
 * Reads one question block: {@code ::title::}, the question text, one answer block in braces (in the middle of
 * the text for a missing-word question) and its {@code ####general feedback}.
 */
final class GiftQuestionParser {

    static final String BLANK = "_____";
    private static final String DESCRIPTION =
            "a description (text without an answer block) is not a question in Tarikh; skipped";
    private static final String ESSAY = "an essay question has no automatic grading in Tarikh; skipped";

    private final GiftBlock block;
    private final String text;

    private GiftQuestionParser(GiftBlock block) {
        this.block = block;
        this.text = block.text();
    }

    /** The parsed block; throws {@link GiftSyntaxError} when the block is not valid GIFT. */
    static GiftParsed parse(GiftBlock block) {
        return new GiftQuestionParser(block).parse();
    }

    private GiftParsed parse() {
        int start = text.length() - text.stripLeading().length();
        String title = null;
        if (text.startsWith("::", start)) {
            int end = GiftEscapes.indexOf(text, "::", start + 2);
            if (end < 0) {
                throw error(start, "the title has no closing ::");
            }
            title = GiftEscapes.clean(text.substring(start + 2, end));
            title = title.isEmpty() ? null : title;
            start = end + 2;
        }
        int open = GiftEscapes.indexOf(text, "{", start);
        int stray = GiftEscapes.indexOf(text, "}", start, open < 0 ? text.length() : open);
        if (stray >= 0) {
            throw error(stray, "a } with no { before it (write \\} for a brace in the text)");
        }
        if (open < 0) {
            return GiftParsed.skipped(block, DESCRIPTION);
        }
        int close = GiftEscapes.indexOf(text, "}", open + 1);
        if (close < 0) {
            throw error(open, "the answer block { is not closed by } (a blank line ends a question)");
        }
        checkNothingMore(open + 1, close, close + 1);
        return question(title, start, open, close);
    }

    /** A second block, or a brace inside the first, is not GIFT (braces in text are written \{ and \}). */
    private void checkNothingMore(int innerStart, int innerEnd, int afterStart) {
        int nested = GiftEscapes.indexOf(text, "{", innerStart, innerEnd);
        if (nested >= 0) {
            throw error(nested, "a { inside an answer block (write \\{ for a brace in an answer)");
        }
        int next = Math.max(GiftEscapes.indexOf(text, "{", afterStart), GiftEscapes.indexOf(text, "}", afterStart));
        if (next >= 0) {
            throw error(next, "a question has one answer block; found another { or } after it");
        }
    }

    private GiftParsed question(String title, int start, int open, int close) {
        String before = text.substring(start, open);
        String after = text.substring(close + 1);
        String prompt = GiftEscapes.clean(after.isBlank() ? before : before + BLANK + after);
        int innerEnd = close;
        String explanation = null;
        int general = GiftEscapes.indexOf(text, "####", open + 1, close);
        if (general >= 0) {
            explanation = GiftEscapes.clean(text.substring(general + 4, close));
            innerEnd = general;
        }
        if (text.substring(open + 1, innerEnd).isBlank()) {
            return GiftParsed.skipped(block, ESSAY);
        }
        Map<String, Object> fields = GiftAnswers.read(block, open + 1, innerEnd);
        GiftParsed parsed = new GiftParsed(block, title, prompt, fields,
                explanation == null || explanation.isEmpty() ? null : explanation, null);
        String format = GiftEscapes.format(before);
        return format == null ? parsed : GiftMarkup.toPlain(parsed, format);
    }

    private GiftSyntaxError error(int offset, String message) {
        return new GiftSyntaxError(block.lineAt(offset), message);
    }
}
