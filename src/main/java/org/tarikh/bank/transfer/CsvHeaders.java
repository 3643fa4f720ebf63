package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.bank.format.LineMessage;

/**
 * The {@code #name:value} lines at the top of an Anki-style text file, as Anki's manual lists them
 * (https://docs.ankiweb.net/importing/text-files.html#file-headers). Other {@code #} lines are comments.
 */
final class CsvHeaders {

    private static final Pattern OLD_TAGS = Pattern.compile("(?i)tags:[^\t;,]*");
    private static final Pattern HEADER = Pattern.compile("#([A-Za-z][A-Za-z ]*):(.*)");
    private static final Map<String, Character> SEPARATORS = Map.of(
            "comma", ',', "semicolon", ';', "tab", '\t', "space", ' ', "pipe", '|', "colon", ':');

    Character separator;
    boolean html;
    final List<String> tags = new ArrayList<>();
    String deck;
    String columns;
    int columnsLine;
    /** The columns given by {@code #tags column:N} and the like: N (from 1) and the header's line. */
    final Map<CsvColumn, int[]> numbered = new EnumMap<>(CsvColumn.class);
    int bodyOffset;
    int bodyLine = 1;

    /** Reads the header lines at the start of {@code text}, recording an error for each it cannot use. */
    static CsvHeaders read(String text, List<LineMessage> errors) {
        CsvHeaders headers = new CsvHeaders();
        int pos = 0;
        int line = 1;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            eol = eol < 0 ? text.length() : eol;
            String physical = text.substring(pos, eol);
            if (line == 1 && OLD_TAGS.matcher(physical).matches()) {
                // Anki before 2.1.55 wrote the file's tags as a first line "tags:a b", without '#'.
                headers.accept("tags", physical.substring(physical.indexOf(':') + 1), line);
                pos = eol + 1;
                line++;
                continue;
            }
            if (!physical.isBlank() && !physical.startsWith("#")) {
                break;
            }
            Matcher m = HEADER.matcher(physical);
            if (m.matches()) {
                String problem = headers.accept(m.group(1).strip().toLowerCase(Locale.ROOT), m.group(2), line);
                if (problem != null) {
                    errors.add(new LineMessage(line, problem));
                }
            }
            pos = eol + 1;
            line++;
        }
        headers.bodyOffset = Math.min(pos, text.length());
        headers.bodyLine = line;
        return headers;
    }

    /** Takes one header; the problem with it, or null. */
    private String accept(String name, String value, int line) {
        String v = value.strip();
        switch (name) {
            case "separator":
                separator = separator(value);
                return separator == null ? "unknown separator \"" + v + "\" (use Comma, Semicolon, Tab, Space, Pipe, Colon "
                        + "or a single character other than a quote)" : null;
            case "html":
                html = v.equalsIgnoreCase("true");
                return html || v.equalsIgnoreCase("false") ? null : "#html: must be true or false, not \"" + v + "\"";
            case "tags":
                tags.addAll(List.of(v.split("\\s+")).stream().filter(t -> !t.isEmpty()).toList());
                return null;
            case "columns":
                columns = v;
                columnsLine = line;
                return null;
            case "deck":
                deck = v;
                return null;
            case "tags column":
                return number(CsvColumn.TAGS, name, v, line);
            case "guid column":
                return number(CsvColumn.ID, name, v, line);
            case "deck column":
                return number(CsvColumn.TOPIC, name, v, line);
            case "notetype column":
                return number(CsvColumn.NOTETYPE, name, v, line);
            case "notetype", "if matches", "match scope":
                return null;
            default:
                return "unknown header #" + name + ": (known: separator, html, tags, columns, deck, notetype, "
                        + "tags column, guid column, deck column, notetype column)";
        }
    }

    private static Character separator(String value) {
        Character named = SEPARATORS.get(value.strip().toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        String literal = value.length() == 1 ? value : value.strip();
        boolean usable = literal.length() == 1 && literal.charAt(0) != '"' && literal.charAt(0) != '\n';
        return usable ? literal.charAt(0) : null;
    }

    private String number(CsvColumn column, String name, String value, int line) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                numbered.put(column, new int[] {n, line});
                return null;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return "#" + name + ": must be a column number from 1, not \"" + value + "\"";
    }

    /** The declared separator, else the one the first data line uses: tab, then semicolon, then comma. */
    char separatorFor(String text) {
        if (separator != null) {
            return separator;
        }
        for (String physical : text.substring(bodyOffset).split("\n")) {
            if (!physical.isBlank() && !physical.startsWith("#")) {
                return guess(physical);
            }
        }
        return columns == null ? '\t' : guess(columns);
    }

    private static char guess(String line) {
        String unquoted = line.replaceAll("\"[^\"]*(\"|$)", "");
        for (char c : new char[] {'\t', ';', ','}) {
            if (unquoted.indexOf(c) >= 0) {
                return c;
            }
        }
        return '\t';
    }
}
