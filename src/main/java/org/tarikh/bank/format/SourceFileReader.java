package org.tarikh.bank.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Reads and checks a {@code source.yaml}. */
public final class SourceFileReader {

    private static final Set<String> FIELDS = Set.of("title", "url", "license", "attribution", "sections");

    private SourceFileReader() {
    }

    /** The source in {@code text}; {@code file} names it in errors. */
    public static ParsedSource read(String file, String text) {
        FileErrors errors = new FileErrors(file);
        YamlNodes.Parsed parsed = YamlNodes.compose(text);
        if (parsed.problem() != null) {
            errors.addAll(List.of(parsed.problem()), null);
            return new ParsedSource(file, null, errors.list());
        }
        if (!(parsed.root() instanceof MappingNode root)) {
            errors.add(parsed.root() == null ? 1 : YamlNodes.line(parsed.root()), null,
                    "a source file must be a mapping with title, url, license and sections");
            return new ParsedSource(file, null, errors.list());
        }
        List<LineMessage> problems = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) YamlNodes.toPlain(root, problems);
        errors.addAll(problems, null);
        List<FieldError> fieldErrors = new ArrayList<>();
        FieldReader r = new FieldReader(map, "", fieldErrors);
        String title = r.requiredString("title");
        String url = r.requiredString("url");
        if (url != null && !url.matches("https?://\\S+")) {
            r.error("url", "url must be an http(s) address, not \"" + url + "\"");
        }
        String license = r.requiredString("license");
        String attribution = r.optionalString("attribution");
        List<String> sections = r.requiredStrings("sections");
        if (sections != null && sections.isEmpty()) {
            r.error("sections", "sections must list at least one heading");
        }
        if (sections != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < sections.size(); i++) {
                if (!seen.add(sections.get(i))) {
                    r.error("sections[" + i + "]", "sections[" + i + "] \"" + sections.get(i) + "\" is listed twice");
                }
            }
        }
        r.rejectUnknown(FIELDS, null);
        errors.addFields(root, fieldErrors, null);
        SourceFile source = errors.isEmpty() ? new SourceFile(title, url, license, attribution, sections) : null;
        return new ParsedSource(file, source, errors.list());
    }
}
