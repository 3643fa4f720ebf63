package org.tarikh.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.tarikh.failure.InvalidInput;

/**
 * How the report page orders its two tables: {@code ?sort=} for the students, {@code ?isort=} for the questions,
 * each a column name, with a leading "-" for the other way round (e.g. {@code ?sort=-mastery}). Empty values
 * are missing at the end either way, as a spreadsheet puts them.
 */
public record ReportOrder(String students, String items) {

    private static final Map<String, Function<ClassReport.StudentRow, Comparable<?>>> STUDENT_COLUMNS = Map.of(
            "student", s -> name(s).toLowerCase(Locale.ROOT),
            "quizzes", ClassReport.StudentRow::attempts,
            "best", ClassReport.StudentRow::bestScore,
            "due", ClassReport.StudentRow::dueNow,
            "mastery", ClassReport.StudentRow::mastery);

    private static final Map<String, Function<ClassReport.ItemRow, Comparable<?>>> ITEM_COLUMNS = Map.of(
            "question", i -> (i.prompt() == null ? i.questionId() : i.prompt()).toLowerCase(Locale.ROOT),
            "answers", ClassReport.ItemRow::answers,
            "facility", ClassReport.ItemRow::facility,
            "discrimination", ClassReport.ItemRow::discrimination,
            "flags", i -> i.flags().size());

    /** The order asked for; 400 naming the parameter for a column the table does not have. */
    public static ReportOrder of(String sort, String isort) {
        return new ReportOrder(checked("sort", sort, STUDENT_COLUMNS.keySet(), "student"),
                checked("isort", isort, ITEM_COLUMNS.keySet(), ""));
    }

    public ClassReport apply(ClassReport r) {
        return new ClassReport(r.classId(), r.className(), sorted(r.students(), STUDENT_COLUMNS, students),
                sorted(r.items(), ITEM_COLUMNS, items));
    }

    /** The link a student column's heading points to: this column, the other way round when already sorted by it. */
    public String studentLink(String column) {
        return "?sort=" + next(students, column) + (items.isEmpty() ? "" : "&isort=" + items) + "#students";
    }

    public String itemLink(String column) {
        return "?sort=" + students + "&isort=" + next(items, column) + "#questions";
    }

    /** The heading's {@code aria-sort}: ascending, descending or none. */
    public String studentAria(String column) {
        return aria(students, column);
    }

    public String itemAria(String column) {
        return aria(items, column);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> List<T> sorted(List<T> rows, Map<String, Function<T, Comparable<?>>> columns, String order) {
        if (order.isEmpty()) {
            return rows;
        }
        boolean descending = order.startsWith("-");
        Function<T, Comparable> key = (Function) columns.get(descending ? order.substring(1) : order);
        Comparator<Comparable> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        // Ties keep the report's own order (by name): the sort is stable. Missing values go last either way.
        return rows.stream().sorted(Comparator.comparing(key, Comparator.nullsLast(values))).toList();
    }

    private static String next(String current, String column) {
        return current.equals(column) ? "-" + column : column;
    }

    private static String aria(String current, String column) {
        return current.equals(column) ? "ascending" : current.equals("-" + column) ? "descending" : "none";
    }

    private static String checked(String parameter, String value, java.util.Set<String> columns, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!columns.contains(v.startsWith("-") ? v.substring(1) : v)) {
            throw InvalidInput.of(parameter, parameter + " is one of " + String.join(", ", columns.stream().sorted().toList())
                    + " (with a leading - for the other way round), not '" + value + "'.");
        }
        return v;
    }

    private static String name(ClassReport.StudentRow s) {
        return s.displayName() == null || s.displayName().isBlank() ? s.username() : s.displayName();
    }
}
