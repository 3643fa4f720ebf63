package org.tarikh.report;

import java.util.List;
import java.util.stream.Collectors;

/** A class report as CSV (RFC 4180, comma separated): the students, a blank line, then the item analysis. */
final class ReportCsv {

    private ReportCsv() {
    }

    static String write(ClassReport report) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("student", "display name", "finished attempts", "best score", "cards due now", "mastery"));
        for (ClassReport.StudentRow s : report.students()) {
            line(out, List.of(s.username(), nullToEmpty(s.displayName()), String.valueOf(s.attempts()),
                    s.bestScore() == null ? "" : String.valueOf(s.bestScore()), String.valueOf(s.dueNow()),
                    String.valueOf(s.mastery())));
        }
        out.append("\r\n");
        line(out, List.of("bank", "question", "type", "prompt", "answers", "facility", "discrimination",
                "choices picked", "flags"));
        for (ClassReport.ItemRow i : report.items()) {
            String choices = i.choices().stream()
                    .map(c -> c.choice() + (c.right() ? " (right)" : "") + ": " + c.picked())
                    .collect(Collectors.joining("; "));
            line(out, List.of(i.bank(), i.questionId(), nullToEmpty(i.type()), nullToEmpty(i.prompt()),
                    String.valueOf(i.answers()), String.valueOf(i.facility()),
                    i.discrimination() == null ? "" : String.valueOf(i.discrimination()), choices,
                    String.join(" ", i.flags())));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(fields.stream().map(ReportCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quoted when needed; a leading = + - @ is prefixed with ' so that spreadsheets do not run it as a formula. */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+") ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
