package org.tarikh.bank.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the {@link LineError}s of one file, placing field errors on the line of their field. */
final class FileErrors {

    private final String file;
    private final List<LineError> errors = new ArrayList<>();
    private final YamlNodes.Keys keys = new YamlNodes.Keys();

    FileErrors(String file) {
        this.file = file;
    }

    void add(int line, String questionId, String message) {
        errors.add(new LineError(file, line, questionId, message));
    }

    void addAll(List<LineMessage> problems, String questionId) {
        problems.forEach(p -> add(p.line(), questionId, p.message()));
    }

    /** Each field error on the line of its field under {@code node}. */
    void addFields(Node node, List<FieldError> fieldErrors, String questionId) {
        fieldErrors.forEach(e -> add(YamlNodes.lineOf(node, e.field(), keys), questionId, e.message()));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The errors by line (stable, so errors on one line keep the order they were found in). */
    List<LineError> list() {
        return errors.stream().sorted(Comparator.comparingInt(LineError::line)).toList();
    }
}
