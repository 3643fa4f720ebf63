package org.tarikh.web;

import java.util.List;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;
import org.tarikh.text.UnsafeText;

/**
 * Checks a text field before it is stored: a length limit and no control characters, each refusal a
 * {@link ErrorDetail} that names the field. Names and titles lose their bidi overrides (they would make the name
 * display as something else) and cannot span lines.
 */
public final class TextInput {

    private TextInput() {
    }

    /** A one-line name or title: stripped, bidi controls removed; adds a problem when it is too long or unsafe. */
    public static String name(String field, String value, int max, List<ErrorDetail> details) {
        if (value == null) {
            return null;
        }
        String clean = UnsafeText.withoutBidiControls(value).strip();
        ErrorDetail p = problem(field, clean, max, false);
        if (p != null) {
            details.add(p);
        }
        return clean;
    }

    /** {@link #name(String, String, int, List)} that throws at once. */
    public static String name(String field, String value, int max) {
        List<ErrorDetail> details = new java.util.ArrayList<>();
        String clean = name(field, value, max, details);
        throwIfAny(details);
        return clean;
    }

    /** Text that may span lines (a description, a message); adds a problem when it is too long or unsafe. */
    public static void text(String field, String value, int max, List<ErrorDetail> details) {
        ErrorDetail p = problem(field, value, max, true);
        if (p != null) {
            details.add(p);
        }
    }

    /** The problem with {@code value}, or null when it may be stored. */
    public static ErrorDetail problem(String field, String value, int max, boolean multiline) {
        if (value == null) {
            return null;
        }
        int control = UnsafeText.firstControl(value, multiline);
        if (control >= 0) {
            return ErrorDetail.field(field, field + " must not contain the control character " + UnsafeText.name(control)
                    + (multiline ? "." : " (nor line breaks or tabs)."));
        }
        if (value.length() > max) {
            return ErrorDetail.field(field, field + " may have at most " + max + " characters, not " + value.length() + ".");
        }
        return null;
    }

    public static void throwIfAny(List<ErrorDetail> details) {
        if (!details.isEmpty()) {
            throw new InvalidInput(details.stream().map(ErrorDetail::message).reduce((a, b) -> a + " " + b).orElseThrow(),
                    details);
        }
    }
}
