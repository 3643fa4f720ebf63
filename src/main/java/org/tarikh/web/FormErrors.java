package org.tarikh.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;

/** Turns validation problems into per-field messages for a form, and reads numbers typed into forms. */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> of(InvalidInput e) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (ErrorDetail p : e.details()) {
            byField.putIfAbsent(p.field() == null ? "form" : p.field(), p.message());
        }
        if (byField.isEmpty()) {
            byField.put("form", e.getMessage());
        }
        return byField;
    }

    public static Double parseDouble(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "'" + text + "' is not a number.");
        }
    }

    /** A whole number typed into a form, or null when it is not one (for re-showing a form). */
    public static Integer parseIntOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Integer parseInt(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "'" + text + "' is not a whole number.");
        }
    }
}
