package org.tarikh.bank.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.bank.content.QuestionSpec;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads one bank file's text and checks its header and every question, collecting all errors with their lines. */
public final class BankFileReader {

    private static final Set<String> HEADER = Set.of("bank", "title", "description", "language", "questions");
    private static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    private static final int MAX_LANGUAGE = 16;
    private static final int MAX_TITLE = 200;

    private BankFileReader() {
    }

    /** The bank in {@code text}; {@code file} names it in errors; {@code ctx} gives allowed topics and sections. */
    public static ParsedBank read(String file, String text, ValidationContext ctx) {
        FileErrors errors = new FileErrors(file);
        YamlNodes.Parsed parsed = YamlNodes.compose(text);
        if (parsed.problem() != null) {
            errors.addAll(List.of(parsed.problem()), null);
            return new ParsedBank(file, null, Map.of(), null, errors.list());
        }
        if (!(parsed.root() instanceof MappingNode root)) {
            errors.add(parsed.root() == null ? 1 : YamlNodes.line(parsed.root()), null,
                    "a bank file must be a mapping with bank, title, description, language and questions");
            return new ParsedBank(file, null, Map.of(), null, errors.list());
        }
        List<FieldError> fieldErrors = new ArrayList<>();
        FieldReader header = new FieldReader(header(root, errors), "", fieldErrors);
        String slug = header.requiredString("bank");
        if (slug != null && header.isName("bank", slug, QuestionValidator.MAX_NAME)
                && !QuestionValidator.SLUG.matcher(slug).matches()) {
            header.error("bank", "bank slug \"" + slug + "\" may use only a-z, 0-9 and '-'");
        }
        String title = header.requiredString("title");
        header.isName("title", title, MAX_TITLE);
        String description = header.requiredStringOrEmpty("description");
        String language = header.requiredString("language");
        if (language != null && (language.length() > MAX_LANGUAGE || !language.matches(LANGUAGE))) {
            header.error("language", "language must be a language code such as en, not \"" + language + "\"");
        }
        header.rejectUnknown(HEADER, null);
        errors.addFields(root, fieldErrors, null);

        Map<String, Integer> lines = new LinkedHashMap<>();
        List<QuestionSpec> questions = questions(root, ctx, errors, lines);
        BankFile bank = new BankFile(slug, title, description, language, questions);
        return new ParsedBank(file, bank, lines, null, errors.list());
    }

    /** The header fields as plain values, leaving the questions aside. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> header(MappingNode root, FileErrors errors) {
        List<NodeTuple> tuples = root.getValue().stream().filter(t -> !isKey(t, "questions")).toList();
        List<LineMessage> problems = new ArrayList<>();
        Map<String, Object> map = (Map<String, Object>) YamlNodes.toPlain(
                new MappingNode(root.getTag(), tuples, root.getFlowStyle()), problems);
        errors.addAll(problems, null);
        return map;
    }

    private static boolean isKey(NodeTuple t, String key) {
        return t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key);
    }

    private static List<QuestionSpec> questions(MappingNode root, ValidationContext ctx, FileErrors errors,
                                                Map<String, Integer> lines) {
        List<QuestionSpec> questions = new ArrayList<>();
        List<NodeTuple> all = root.getValue().stream().filter(t -> isKey(t, "questions")).toList();
        for (NodeTuple extra : all.subList(Math.min(1, all.size()), all.size())) {
            errors.add(YamlNodes.line(extra.getKeyNode()), null, "duplicate key questions");
        }
        Node node = YamlNodes.get(root, "questions");
        if (node == null) {
            errors.add(YamlNodes.line(root), null, "missing required field questions");
            return questions;
        }
        if (!(node instanceof SequenceNode seq)) {
            errors.add(YamlNodes.line(node), null, "questions must be a list of questions");
            return questions;
        }
        Map<String, Integer> firstLine = new HashMap<>();
        for (Node item : seq.getValue()) {
            QuestionSpec q = question(item, ctx, errors, firstLine);
            if (q != null) {
                questions.add(q);
                lines.put(q.id(), YamlNodes.line(item));
            }
        }
        return questions;
    }

    private static QuestionSpec question(Node item, ValidationContext ctx, FileErrors errors, Map<String, Integer> firstLine) {
        if (!(item instanceof MappingNode)) {
            errors.add(YamlNodes.line(item), null, "each question must be a mapping (id, type, topic, ...)");
            return null;
        }
        List<LineMessage> problems = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) YamlNodes.toPlain(item, problems);
        String id = raw.get("id") instanceof String s ? s : null;
        errors.addAll(problems, id);
        ValidationResult result = QuestionValidator.validate(raw, ctx);
        errors.addFields(item, result.errors(), id);
        if (id != null) {
            Integer first = firstLine.putIfAbsent(id, YamlNodes.line(item));
            if (first != null) {
                errors.add(YamlNodes.lineOf(item, "id"), id, "duplicate id " + id + " (first at line " + first + ")");
                return null;
            }
        }
        return problems.isEmpty() ? result.question() : null;
    }
}
