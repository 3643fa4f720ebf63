package org.tarikh.bank.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.QuestionSpec;

/** Finds questions of one bank set (the banks of one subject folder) that put the same question to the learner twice. */
final class DuplicatePrompts {

    private DuplicatePrompts() {
    }

    /** A warning on each repeat, naming the question it repeats; prompts are compared ignoring case and punctuation. */
    static List<LineError> find(List<ParsedBank> banks) {
        List<LineError> warnings = new ArrayList<>();
        Map<Path, Map<String, String>> firstBySet = new HashMap<>();
        for (ParsedBank b : banks) {
            if (b.bank() == null) {
                continue;
            }
            Path parent = Path.of(b.file()).getParent();
            Map<String, String> first = firstBySet.computeIfAbsent(parent == null ? Path.of("") : parent, k -> new HashMap<>());
            for (QuestionSpec q : b.bank().questions()) {
                String stem = ItemWritingChecks.normal(ItemWritingChecks.stem(q));
                String where = q.id() + " (" + b.file() + ")";
                String earlier = stem.isEmpty() ? null : first.putIfAbsent(stem, where);
                if (earlier != null) {
                    warnings.add(new LineError(b.file(), b.lineOf(q.id()), q.id(), "warning: same prompt as " + earlier));
                }
            }
        }
        return warnings;
    }
}
