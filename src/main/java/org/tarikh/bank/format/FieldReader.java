package org.tarikh.bank.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.text.UnsafeText;

/** Reads the typed fields of one raw map, recording a {@link FieldError} for each missing or mistyped one. */
final class FieldReader {

    /** Longest string any field may hold (prompts and explanations included); names have tighter limits. */
    static final int MAX_TEXT = 10_000;
    private static final int MAX_KEY_SHOWN = 60;

    private final Map<String, ?> map;
    private final String prefix;
    private final List<FieldError> errors;

    FieldReader(Map<String, ?> map, String prefix, List<FieldError> errors) {
        this.map = map;
        this.prefix = prefix;
        this.errors = errors;
    }

    String path(String name) {
        return prefix + name;
    }

    void error(String name, String message) {
        errors.add(new FieldError(path(name), message));
    }

    /** A reader for a nested mapping, recording into the same error list. */
    FieldReader nested(Map<String, ?> inner, String name) {
        return new FieldReader(inner, path(name) + ".", errors);
    }

    int errorCount() {
        return errors.size();
    }

    boolean has(String name) {
        return map.containsKey(name);
    }

    /** Rejects every key that is not allowed. */
    void rejectUnknown(Set<String> allowed, String hint) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                String shown = key.length() > MAX_KEY_SHOWN ? key.substring(0, MAX_KEY_SHOWN) + "..." : key;
                error(key, "unknown field " + prefix + shown + (hint == null ? "" : hint));
            }
        }
    }

    /** A present value, or null after recording "missing" / "empty". */
    private Object required(String name) {
        if (!map.containsKey(name)) {
            error(name, "missing required field " + path(name));
            return null;
        }
        Object value = map.get(name);
        if (value == null) {
            error(name, path(name) + " has no value");
        }
        return value;
    }

    String requiredString(String name) {
        Object value = required(name);
        return value == null ? null : text(name, value);
    }

    /** A string that may be empty (e.g. a bank's description). */
    String requiredStringOrEmpty(String name) {
        Object value = required(name);
        return "".equals(value) ? "" : value == null ? null : text(name, value);
    }

    String optionalString(String name) {
        return map.get(name) == null ? null : text(name, map.get(name));
    }

    private String text(String name, Object value) {
        if (!(value instanceof String s)) {
            error(name, path(name) + " must be a string, not " + kind(value) + quoteHint(value));
            return null;
        }
        if (s.isBlank()) {
            error(name, path(name) + " must not be empty");
            return null;
        }
        int control = UnsafeText.firstControl(s, true);
        if (control >= 0) {
            error(name, path(name) + " must not contain the control character " + UnsafeText.name(control));
            return null;
        }
        if (s.length() > MAX_TEXT) {
            error(name, path(name) + " may have at most " + MAX_TEXT + " characters, not " + s.length());
            return null;
        }
        return s;
    }

    /**
     * Checks a name-like string already read (an id, a topic): at most {@code max} characters on one line, with
     * no bidi overrides; false after recording why.
     */
    boolean isName(String name, String value, int max) {
        if (value == null) {
            return true;
        }
        if (UnsafeText.firstControl(value, false) >= 0 || value.chars().anyMatch(UnsafeText::isBidiControl)) {
            error(name, path(name) + " must be on one line, without control or bidi characters");
            return false;
        }
        if (value.length() > max) {
            error(name, path(name) + " may have at most " + max + " characters, not " + value.length());
            return false;
        }
        return true;
    }

    /** A list of non-empty strings; null (after recording why) when it is not one. */
    List<String> requiredStrings(String name) {
        Object value = required(name);
        return value == null ? null : strings(name, value);
    }

    List<String> optionalStrings(String name) {
        return map.get(name) == null ? null : strings(name, map.get(name));
    }

    private List<String> strings(String name, Object value) {
        if (!(value instanceof List<?> list)) {
            error(name, path(name) + " must be a list, not " + kind(value));
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            String item = text(name + "[" + i + "]", list.get(i) == null ? "" : list.get(i));
            ok &= item != null;
            out.add(item);
        }
        return ok ? out : null;
    }

    /** A list of mappings (e.g. match pairs); null (after recording why) when it is not one. */
    List<Map<String, ?>> requiredMaps(String name) {
        Object value = required(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            error(name, path(name) + " must be a list, not " + kind(value));
            return null;
        }
        List<Map<String, ?>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(map(name + "[" + i + "]", list.get(i)));
        }
        return out.contains(null) ? null : out;
    }

    Map<String, ?> requiredMap(String name) {
        Object value = required(name);
        return value == null ? null : map(name, value);
    }

    Map<String, ?> optionalMap(String name) {
        return map.get(name) == null ? null : map(name, map.get(name));
    }

    @SuppressWarnings("unchecked")
    private Map<String, ?> map(String name, Object value) {
        if (!(value instanceof Map<?, ?> m) || !m.keySet().stream().allMatch(String.class::isInstance)) {
            error(name, path(name) + " must be a mapping, not " + kind(value));
            return null;
        }
        return (Map<String, ?>) m;
    }

    Boolean requiredBoolean(String name) {
        Object value = required(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        error(name, path(name) + " must be true or false, not " + kind(value));
        return null;
    }

    /** A finite number, or null. */
    Double number(String name, boolean required) {
        Object value = required ? required(name) : map.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        error(name, path(name) + " must be a number, not " + kind(value));
        return null;
    }

    /** An optional whole number, or null. */
    Integer optionalInt(String name) {
        Object value = map.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && isWhole(n)) {
            return n.intValue();
        }
        error(name, path(name) + " must be a whole number, not " + kind(value));
        return null;
    }

    private static boolean isWhole(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return n.longValue() == n.intValue();
        }
        if (n instanceof BigInteger b) {
            return b.bitLength() < 32;
        }
        double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE;
    }

    static String kind(Object value) {
        if (value == null) {
            return "nothing";
        } else if (value instanceof String s) {
            return s.isBlank() ? "an empty string" : "a string";
        } else if (value instanceof Boolean b) {
            return "the boolean " + b;
        } else if (value instanceof Number n) {
            return "the number " + n;
        } else if (value instanceof List<?>) {
            return "a list";
        } else if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        return "a " + value.getClass().getSimpleName();
    }

    private static String quoteHint(Object value) {
        return value instanceof Number || value instanceof Boolean ? " (put it in quotes)" : "";
    }
}
