package org.tarikh.bank.format;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Construct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** YAML through SnakeYAML's node API: every node keeps its line, and converts to plain maps, lists and scalars. */
final class YamlNodes {

    /** The document's root node (null for an empty file), or the syntax problem that stopped the parser. */
    record Parsed(Node root, LineMessage problem) {
    }

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Scalars SCALARS = new Scalars();

    private YamlNodes() {
    }

    /** Aliases a document may use: a bank file needs none, and each one can multiply what the file expands to. */
    static final int MAX_ALIASES = 20;
    /** Values one question (or a header) may expand to, aliases followed: far above any real question. */
    static final int MAX_VALUES = 50_000;
    /** Longest document read, in code points: above the largest import taken (5 MB). */
    static final int MAX_CODE_POINTS = 6 * 1024 * 1024;
    /**
     * Longest line read, in characters: a text holds at most {@link FieldReader#MAX_TEXT} characters, six times
     * that when every one is written as an escape. SnakeYAML copies its buffer again for every 1,024 characters
     * of one token, so a 2 MB line cost seconds before any rule could refuse it.
     */
    static final int MAX_LINE = 100_000;

    static Parsed compose(String text) {
        LineMessage overlong = overlongLine(text);
        if (overlong != null) {
            return new Parsed(null, overlong);
        }
        try {
            return new Parsed(new Yaml(loaderOptions()).compose(new StringReader(text)), null);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            return new Parsed(null, new LineMessage(line, "broken YAML: " + context(e, line) + e.getProblem()));
        } catch (YAMLException e) {
            return new Parsed(null, new LineMessage(1, "broken YAML: " + e.getMessage()));
        }
    }

    /** The first line longer than {@link #MAX_LINE}, as a problem, or null. */
    private static LineMessage overlongLine(String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE) {
                    return new LineMessage(line, String.format("this line is %,d characters long; a line of a bank file "
                            + "holds at most %,d", i - start, MAX_LINE));
                }
                line++;
                start = i + 1;
            }
        }
        return null;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    /** "while scanning a quoted scalar (from line 2): ", when SnakeYAML says what it was doing. */
    private static String context(MarkedYAMLException e, int problemLine) {
        if (e.getContext() == null) {
            return "";
        }
        int line = e.getContextMark() == null ? problemLine : e.getContextMark().getLine() + 1;
        return e.getContext().strip() + (line == problemLine ? "" : " (from line " + line + ")") + ": ";
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The node as plain Java values: LinkedHashMap, ArrayList, String, Number, Boolean or null. */
    static Object toPlain(Node node, List<LineMessage> problems) {
        return toPlain(node, problems, Collections.newSetFromMap(new IdentityHashMap<>()), new int[] {MAX_VALUES});
    }

    /** {@code budget[0]} counts down the values still allowed: aliases to aliases must not expand without end. */
    private static Object toPlain(Node node, List<LineMessage> problems, Set<Node> open, int[] budget) {
        if (budget[0] <= 0) {
            return null;
        }
        if (--budget[0] == 0) {
            problems.add(new LineMessage(line(node), "this expands to more than " + MAX_VALUES + " values (through aliases?)"));
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar, problems);
        }
        if (!open.add(node)) {
            problems.add(new LineMessage(line(node), "an alias refers to itself"));
            return null;
        }
        Object value;
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            seq.getValue().forEach(item -> list.add(toPlain(item, problems, open, budget)));
            value = list;
        } else {
            value = mapping((MappingNode) node, problems, open, budget);
        }
        open.remove(node);
        return value;
    }

    private static Map<String, Object> mapping(MappingNode node, List<LineMessage> problems, Set<Node> open, int[] budget) {
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(new LineMessage(line(tuple.getKeyNode()), "a key must be a plain name"));
                continue;
            }
            String key = keyNode.getValue();
            Integer first = keyLines.putIfAbsent(key, line(keyNode));
            if (first != null) {
                problems.add(new LineMessage(line(keyNode), "duplicate key " + key + " (first at line " + first + ")"));
                continue;
            }
            map.put(key, toPlain(tuple.getValueNode(), problems, open, budget));
        }
        return map;
    }

    private static Object scalar(ScalarNode node, List<LineMessage> problems) {
        Tag tag = node.getTag();
        if (!Tag.INT.equals(tag) && !Tag.FLOAT.equals(tag) && !Tag.BOOL.equals(tag) && !Tag.NULL.equals(tag)) {
            return node.getValue();
        }
        try {
            return SCALARS.construct(node);
        } catch (YAMLException | NumberFormatException e) {
            problems.add(new LineMessage(line(node), "\"" + node.getValue() + "\" is not a valid " + tag.getValue()));
            return node.getValue();
        }
    }

    /** The value node under {@code key} in a mapping, or null. */
    static Node get(Node mapping, String key) {
        NodeTuple tuple = entry(mapping, key);
        return tuple == null ? null : tuple.getValueNode();
    }

    private static NodeTuple entry(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * The line of a field path such as {@code "choices"}, {@code "choices[2]"} or {@code "pairs[1].left"} under
     * {@code node}: the key's line for a field, the item's line for an index; where the path stops existing,
     * the line of the deepest part that does.
     */
    static int lineOf(Node node, String path) {
        return lineOf(node, path, new Keys());
    }

    /** {@link #lineOf(Node, String)} with the keys of mappings indexed once, for many errors in one node. */
    static int lineOf(Node node, String path, Keys keys) {
        int line = line(node);
        Node current = node;
        for (String part : path.isEmpty() ? new String[0] : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                return line;
            }
            NodeTuple tuple = keys.entry(current, m.group(1));
            if (tuple == null) {
                return line;
            }
            line = line(tuple.getKeyNode());
            current = tuple.getValueNode();
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                int i = Integer.parseInt(index.group(1));
                if (!(current instanceof SequenceNode seq) || i >= seq.getValue().size()) {
                    return line;
                }
                current = seq.getValue().get(i);
                line = line(current);
            }
        }
        return line;
    }

    /** The entries of mappings by key, each mapping indexed on first use: finding a key is then O(1). */
    static final class Keys {

        private final Map<Node, Map<String, NodeTuple>> byMapping = new IdentityHashMap<>();

        NodeTuple entry(Node mapping, String key) {
            if (!(mapping instanceof MappingNode m)) {
                return null;
            }
            return byMapping.computeIfAbsent(m, k -> index(m)).get(key);
        }

        private static Map<String, NodeTuple> index(MappingNode m) {
            Map<String, NodeTuple> index = new java.util.HashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    index.putIfAbsent(k.getValue(), t);
                }
            }
            return index;
        }
    }

    /** SnakeYAML's own scalar constructors (YAML 1.1 ints, floats, booleans, null), without its object cache. */
    private static final class Scalars extends SafeConstructor {

        Scalars() {
            super(new LoaderOptions());
        }

        Object construct(ScalarNode node) {
            Construct construct = yamlConstructors.get(node.getTag());
            return construct.construct(node);
        }
    }
}
