package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.bank.format.LineMessage;

/** Cuts a GIFT file into question blocks at blank lines, reading comments and categories on the way. */
final class GiftBlocks {

    static final String DEFAULT_TOPIC = "general";
    private static final String CATEGORY = "$category:";
    /** Moodle 4's {@code [id:myid]} and {@code [tag:name]} in a comment line before a question. */
    private static final Pattern MOODLE_MARK = Pattern.compile("\\[(id|tag):([^\\]]*)]", Pattern.CASE_INSENSITIVE);

    private final List<GiftBlock> blocks = new ArrayList<>();
    private String topic = DEFAULT_TOPIC;
    private Builder current;

    private GiftBlocks() {
    }

    static List<GiftBlock> split(String file) {
        String text = file.startsWith("\uFEFF") ? file.substring(1) : file;
        String[] lines = text.split("\r\n|\r|\n", -1);
        GiftBlocks reader = new GiftBlocks();
        for (int i = 0; i < lines.length; i++) {
            reader.line(lines[i], i + 1);
        }
        reader.endBlock();
        return reader.blocks;
    }

    private void line(String line, int number) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            endBlock();
        } else if (trimmed.toLowerCase(Locale.ROOT).startsWith(CATEGORY)) {
            topic = GiftCategory.topic(trimmed.substring(CATEGORY.length()));
        } else if (trimmed.startsWith("//")) {
            block().comment(trimmed.substring(2).strip());
        } else {
            block().add(line, number, topic);
        }
    }

    private Builder block() {
        if (current == null) {
            current = new Builder();
        }
        return current;
    }

    /** A block of comments alone is dropped, with its notes. */
    private void endBlock() {
        if (current != null && !current.lines.isEmpty()) {
            blocks.add(current.build());
        }
        current = null;
    }

    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> lines = new ArrayList<>();
        private String topic;
        private String section;
        private List<String> tags;
        private String difficulty;
        private String id;
        private String unit;
        private String type;
        private final List<LineMessage> notes = new ArrayList<>();

        void add(String line, int number, String currentTopic) {
            if (lines.isEmpty()) {
                topic = currentTopic;
            } else {
                text.append('\n');
            }
            text.append(line);
            lines.add(number);
        }

        /** Tarikh's notes ride on comments so that other GIFT readers ignore them; Moodle 4 puts ids and tags there too. */
        void comment(String comment) {
            Matcher m = MOODLE_MARK.matcher(comment);
            while (m.find()) {
                String value = m.group(2).strip();
                if (m.group(1).equalsIgnoreCase("id")) {
                    id = value;
                } else if (!value.isEmpty()) {
                    List<String> more = new ArrayList<>(tags == null ? List.of() : tags);
                    more.add(value);
                    tags = more;
                }
            }
            String value = value(comment, "source:");
            if (value != null) {
                section = value.isEmpty() ? null : value;
            }
            value = value(comment, "tags:");
            if (value != null) {
                tags = Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
            }
            value = value(comment, "unit:");
            if (value != null) {
                unit = value.isEmpty() ? null : value;
            }
            value = value(comment, "type:");
            if (value != null) {
                type = value.isEmpty() ? null : value.toLowerCase(Locale.ROOT);
            }
            value = value(comment, "difficulty:");
            if (value != null) {
                difficulty = value.isEmpty() ? null : value;
            }
        }

        private static String value(String comment, String key) {
            return comment.regionMatches(true, 0, key, 0, key.length()) ? comment.substring(key.length()).strip() : null;
        }

        GiftBlock build() {
            return new GiftBlock(text.toString(), List.copyOf(lines), topic, section, tags, difficulty, id, unit, type, notes);
        }
    }
}
