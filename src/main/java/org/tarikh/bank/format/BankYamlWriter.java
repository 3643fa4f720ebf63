package org.tarikh.bank.format;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.bank.content.QuestionSpec;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** Writes a {@link BankFile} as YAML in the hand-written style; {@link BankFileReader} reads it back to an equal bank. */
public final class BankYamlWriter {

    /** Fields whose values are names, written unquoted when YAML would read them back as the same string. */
    private static final Set<String> NAMES = Set.of("bank", "language", "id", "type", "topic", "tags");
    private static final int WIDTH = 100;
    private static final Resolver RESOLVER = new Resolver();

    private BankYamlWriter() {
    }

    public static String write(BankFile bank) {
        StringBuilder out = new StringBuilder();
        field(out, "", "bank", bank.slug());
        field(out, "", "title", bank.title());
        field(out, "", "description", bank.description());
        field(out, "", "language", bank.language());
        out.append(bank.questions().isEmpty() ? "questions: []\n" : "questions:\n");
        String separator = "";
        for (QuestionSpec q : bank.questions()) {
            out.append(separator);
            separator = "\n";
            String indent = "  - ";
            for (Map.Entry<String, Object> e : QuestionMaps.toMap(q).entrySet()) {
                field(out, indent, e.getKey(), e.getValue());
                indent = "    ";
            }
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String indent, String key, Object value) {
        String head = indent + key + ":";
        if (value instanceof List<?> list && key.equals("pairs")) {
            out.append(head).append('\n');
            list.forEach(pair -> out.append(" ".repeat(indent.length() + 2)).append("- ").append(flow(key, pair)).append('\n'));
        } else if (value instanceof List<?> list && !list.isEmpty() && head.length() + 1 + flow(key, list).length() > WIDTH) {
            out.append(head).append('\n');
            list.forEach(item -> out.append(" ".repeat(indent.length() + 2)).append("- ").append(flow(key, item)).append('\n'));
        } else {
            out.append(head).append(' ').append(flow(key, value)).append('\n');
        }
    }

    /** The value on one line: a scalar, {@code [a, b]} or {@code { k: v }}. */
    private static String flow(String key, Object value) {
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(v -> flow(key, v)).toList()) + "]";
        } else if (value instanceof Map<?, ?> map) {
            return "{ " + String.join(", ", map.entrySet().stream()
                    .map(e -> key(key, (String) e.getKey()) + ": " + flow((String) e.getKey(), e.getValue())).toList()) + " }";
        } else if (value instanceof String s) {
            return NAMES.contains(key) && isPlainName(s) ? s : quote(s);
        }
        return String.valueOf(value);
    }

    /** A key of a nested mapping: field names as they are, a weight's or feedback's key (an answer's text) quoted. */
    private static String key(String field, String key) {
        return field.equals("weights") || field.equals("feedback") ? quote(key) : key;
    }

    private static boolean isPlainName(String s) {
        return s.matches("[A-Za-z0-9][A-Za-z0-9_-]*") && RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR);
    }

    /** A double-quoted YAML string; escapes make every character survive the round trip. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    boolean unsafe = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                            || Character.isSurrogate(c) && !validPair(s, i);
                    out.append(unsafe ? String.format("\\u%04X", (int) c) : String.valueOf(c));
                    if (!unsafe && Character.isHighSurrogate(c)) {
                        out.append(s.charAt(++i));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean validPair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
}
