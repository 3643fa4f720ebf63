package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.bank.format.LineMessage;

/**
 * Splits the data lines of a delimited text file into records, with RFC 4180 quoting: a field that starts with
 * {@code "} may hold the separator, newlines and {@code ""} for a quote. Blank lines and lines starting with
 * {@code #} (Anki's comments) are skipped; unquoted fields are trimmed. Each record keeps the line it starts on.
 */
final class CsvRecords {

    /** One record: the line it starts on (from 1) and its fields. */
    record Row(int line, List<String> fields) {
    }

    private final String text;
    private final char separator;
    private final List<LineMessage> errors;
    private int pos;
    private int line;

    private CsvRecords(String text, int offset, int firstLine, char separator, List<LineMessage> errors) {
        this.text = text;
        this.pos = offset;
        this.line = firstLine;
        this.separator = separator;
        this.errors = errors;
    }

    /** The records of {@code text} from {@code offset} (which is on line {@code firstLine}); stops at an unclosed quote. */
    static List<Row> split(String text, int offset, int firstLine, char separator, List<LineMessage> errors) {
        return new CsvRecords(text, offset, firstLine, separator, errors).rows();
    }

    /** The fields of a single line such as the value of {@code #columns:}; null when a quote is left open. */
    static List<String> fieldsOf(String line, char separator) {
        return new CsvRecords(line, 0, 1, separator, new ArrayList<>()).record();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            eol = eol < 0 ? text.length() : eol;
            String physical = text.substring(pos, eol);
            if (physical.isBlank() || physical.startsWith("#")) {
                pos = eol + 1;
                line++;
                continue;
            }
            int start = line;
            List<String> fields = record();
            if (fields == null) {
                break;
            }
            rows.add(new Row(start, fields));
        }
        return rows;
    }

    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            String field = field();
            if (field == null) {
                return null;
            }
            fields.add(field);
            if (pos < text.length() && text.charAt(pos) == separator) {
                pos++;
            } else {
                if (pos < text.length()) {
                    pos++;
                    line++;
                }
                return fields;
            }
        }
    }

    private String field() {
        int p = pos;
        while (p < text.length() && isPadding(text.charAt(p))) {
            p++;
        }
        if (p < text.length() && text.charAt(p) == '"') {
            pos = p + 1;
            return quoted();
        }
        return rest().strip();
    }

    private String quoted() {
        int openLine = line;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                errors.add(new LineMessage(openLine, "a quoted field starts here but its closing \" is missing"));
                return null;
            }
            char c = text.charAt(pos++);
            if (c == '"' && pos < text.length() && text.charAt(pos) == '"') {
                pos++;
            } else if (c == '"') {
                return value.append(rest().strip()).toString();
            } else if (c == '\n') {
                line++;
            }
            value.append(c);
        }
    }

    /** The text up to the next separator or end of line (after a closing quote: kept, as Anki does). */
    private String rest() {
        int end = pos;
        while (end < text.length() && text.charAt(end) != separator && text.charAt(end) != '\n') {
            end++;
        }
        String rest = text.substring(pos, end);
        pos = end;
        return rest;
    }

    private boolean isPadding(char c) {
        return (c == ' ' || c == '\t') && c != separator;
    }
}
