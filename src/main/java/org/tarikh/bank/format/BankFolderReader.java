package org.tarikh.bank.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tarikh.bank.content.QuestionSpec;

/**
 * Reads a questions folder recursively: in each subject folder, {@code source.yaml} is the source and every
 * other {@code *.yaml}/{@code *.yml} file is a bank. Files are named in errors by their path as walked from
 * the given folder (e.g. {@code questions/najibullah/offices.yaml}).
 */
public final class BankFolderReader {

    public static final String SOURCE = "source.yaml";
    private static final Pattern SLUG_LINE = Pattern.compile("(?m)^bank\\s*:");

    private final List<String> topics;

    /** A reader for curated banks (topics offices, dates, policies, events, people, places). */
    public BankFolderReader() {
        this(ValidationContext.CURATED_TOPICS);
    }

    /** A reader with its own allowed topics (empty: any non-empty topic). */
    public BankFolderReader(List<String> topics) {
        this.topics = List.copyOf(topics);
    }

    /** Reads every source and bank under {@code root} and runs the checks across files. */
    public BankCollection read(Path root) throws IOException {
        Map<Path, List<Path>> byFolder = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isRegularFile(p) && isYaml(p) && !isHidden(root, p))
                    .forEach(p -> byFolder.computeIfAbsent(p.getParent(), k -> new ArrayList<>()).add(p));
        }
        List<ParsedSource> sources = new ArrayList<>();
        List<ParsedBank> banks = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        for (Map.Entry<Path, List<Path>> folder : byFolder.entrySet()) {
            Path sourcePath = folder.getKey().resolve(SOURCE);
            ParsedSource source = Files.isRegularFile(sourcePath) ? readSource(sourcePath) : null;
            if (source != null) {
                sources.add(source);
            }
            for (Path file : folder.getValue().stream().filter(p -> !p.getFileName().toString().equals(SOURCE)).sorted().toList()) {
                String text = text(file);
                texts.put(file.toString(), text);
                banks.add(text == null ? new ParsedBank(file.toString(), null, Map.of(), null, List.of(notUtf8(file)))
                        : readBank(file.toString(), text, source));
            }
        }
        return new BankCollection(sources, crossCheck(banks, texts));
    }

    private static ParsedSource readSource(Path file) throws IOException {
        String text = text(file);
        return text == null ? new ParsedSource(file.toString(), null, List.of(notUtf8(file)))
                : SourceFileReader.read(file.toString(), text);
    }

    private ParsedBank readBank(String file, String text, ParsedSource source) {
        boolean usable = source != null && source.isValid();
        ValidationContext ctx = new ValidationContext(topics, usable ? source.source().sections() : null);
        ParsedBank bank = BankFileReader.read(file, text, ctx);
        if (usable) {
            return bank.with(source.source(), List.of());
        }
        String why = source == null ? "there is no " + SOURCE + " in this folder" : "this folder's " + SOURCE + " has errors";
        return bank.with(null, List.of(new LineError(file, 1, null, why + ", so no question can cite its source")));
    }

    /** Unique bank slugs across files, and no contradictory answers across the collection. */
    private static List<ParsedBank> crossCheck(List<ParsedBank> banks, Map<String, String> texts) {
        Map<String, List<LineError>> extra = new HashMap<>();
        Map<String, String> slugFiles = new HashMap<>();
        List<Contradictions.Located> located = new ArrayList<>();
        for (ParsedBank b : banks) {
            if (b.bank() == null) {
                continue;
            }
            String slug = b.bank().slug();
            String first = slug == null ? null : slugFiles.putIfAbsent(slug, b.file());
            if (first != null) {
                extra.computeIfAbsent(b.file(), k -> new ArrayList<>()).add(new LineError(b.file(),
                        slugLine(texts.get(b.file())), null, "bank slug " + slug + " is already used by " + first));
            }
            for (QuestionSpec q : b.bank().questions()) {
                located.add(new Contradictions.Located(b.file(), b.lineOf(q.id()), slug, q));
            }
        }
        Contradictions.find(located).forEach(e -> extra.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e));
        return banks.stream().map(b -> b.with(b.source(), extra.getOrDefault(b.file(), List.of()))).toList();
    }

    private static int slugLine(String text) {
        Matcher m = SLUG_LINE.matcher(text);
        return m.find() ? (int) text.substring(0, m.start()).lines().count() + 1 : 1;
    }

    /** The file's text, or null when it is not UTF-8. */
    private static String text(Path file) throws IOException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static LineError notUtf8(Path file) {
        return new LineError(file.toString(), 1, null, "the file is not UTF-8 text");
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
