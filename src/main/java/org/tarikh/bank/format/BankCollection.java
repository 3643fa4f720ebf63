package org.tarikh.bank.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;

/** Everything read from a questions folder: each source, each bank (valid or failed) and all errors. */
public record BankCollection(List<ParsedSource> sources, List<ParsedBank> banks) {

    public BankCollection {
        sources = List.copyOf(sources);
        banks = List.copyOf(banks);
    }

    /** The banks without any error: the ones to load. */
    public List<ParsedBank> valid() {
        return banks.stream().filter(ParsedBank::isValid).toList();
    }

    /** The banks with at least one error: the ones to skip. */
    public List<ParsedBank> failed() {
        return banks.stream().filter(b -> !b.isValid()).toList();
    }

    /** Every error, by file and line. */
    public List<LineError> errors() {
        return Stream.concat(sources.stream().flatMap(s -> s.errors().stream()), banks.stream().flatMap(b -> b.errors().stream()))
                .sorted(Comparator.comparing(LineError::file).thenComparingInt(LineError::line))
                .toList();
    }

    /**
     * Every item-writing warning ({@link ItemWritingChecks}, {@link DuplicatePrompts}), by file and line. Warnings
     * never stop a bank from loading.
     */
    public List<LineError> warnings() {
        List<LineError> warnings = new ArrayList<>(DuplicatePrompts.find(banks));
        for (ParsedBank b : banks) {
            if (b.bank() != null) {
                for (QuestionSpec q : b.bank().questions()) {
                    ItemWritingChecks.of(q).forEach(w -> warnings.add(new LineError(b.file(), b.lineOf(q.id()), q.id(), "warning: " + w)));
                }
            }
        }
        return warnings.stream().sorted(Comparator.comparing(LineError::file).thenComparingInt(LineError::line)).toList();
    }

    public int fileCount() {
        return sources.size() + banks.size();
    }

    /** The questions that passed, counted by type (in the order of {@link QuestionType}). */
    public Map<QuestionType, Integer> questionCounts() {
        Map<QuestionType, Integer> counts = new TreeMap<>();
        banks.stream().filter(b -> b.bank() != null).flatMap(b -> b.bank().questions().stream())
                .forEach(q -> counts.merge(q.type(), 1, Integer::sum));
        return counts;
    }

    public int questionCount() {
        return questionCounts().values().stream().mapToInt(Integer::intValue).sum();
    }
}
