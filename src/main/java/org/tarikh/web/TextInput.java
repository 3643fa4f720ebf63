package org.tarikh.web;

import java.util.List;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.Problem;
import org.tarikh.text.UnsafeText;

/**
 * Checks a text field before it is stored: a length limit and no control characters, each refusal a
 * {@link Problem} that names the field. Names and titles lose their bidi overrides (they would make the name
 * display as something else) and cannot span lines.
 */
public final class TextInput {

    private TextInput() {
    }

    /** A one-line name or title: stripped, bidi controls removed; adds a problem when it is too long or unsafe. */
    public static String name(String field, String value, int max, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        String clean = UnsafeText.withoutBidiControls(value).strip();
        Problem p = problem(field, clean, max, false);
        if (p != null) {
            problems.add(p);
        }
        return clean;
    }

    /** {@link #name(String, String, int, List)} that throws at once. */
    public static String name(String field, String value, int max) {
        List<Problem> problems = new java.util.ArrayList<>();
        String clean = name(field, value, max, problems);
        throwIfAny(problems);
        return clean;
    }

    /** Text that may span lines (a description, a message); adds a problem when it is too long or unsafe. */
    public static void text(String field, String value, int max, List<Problem> problems) {
        Problem p = problem(field, value, max, true);
        if (p != null) {
            problems.add(p);
        }
    }

    /** The problem with {@code value}, or null when it may be stored. */
    public static Problem problem(String field, String value, int max, boolean multiline) {
        if (value == null) {
            return null;
        }
        int control = UnsafeText.firstControl(value, multiline);
        if (control >= 0) {
            return Problem.field(field, field + " must not contain the control character " + UnsafeText.name(control)
                    + (multiline ? "." : " (nor line breaks or tabs)."));
        }
        if (value.length() > max) {
            return Problem.field(field, field + " may have at most " + max + " characters, not " + value.length() + ".");
        }
        return null;
    }

    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream().map(Problem::message).reduce((a, b) -> a + " " + b).orElseThrow(),
                    problems);
        }
    }
}
