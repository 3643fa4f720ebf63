package org.tarikh.review.optimizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The revlog CSV of the FSRS optimizer: header {@code card_id,review_time,review_rating,review_state,review_duration},
 * columns matched by name (any order, extra columns ignored), one review per row, rows in any order.
 */
public final class RevlogCsv {

    public static final List<String> COLUMNS =
            List.of("card_id", "review_time", "review_rating", "review_state", "review_duration");

    private RevlogCsv() {
    }

    /** The rows of the file; a bad header or value throws with its line and field. */
    public static List<RevlogRow> read(Reader reader) {
        try (BufferedReader in = new BufferedReader(reader)) {
            String header = in.readLine();
            if (header == null) {
                throw new RevlogFormatException(1, null, "the file is empty; expected the header "
                        + String.join(",", COLUMNS));
            }
            int[] index = columnIndexes(splitLine(stripBom(header), 1).stream().map(String::trim).toList());
            List<RevlogRow> rows = new ArrayList<>();
            int lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                rows.add(row(splitLine(line, lineNo), index, lineNo));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes rows in the same format, times in milliseconds and a duration of 0 (it is not used). */
    public static void write(List<RevlogRow> rows, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write('\n');
        for (RevlogRow r : rows) {
            out.write(quote(r.cardId()) + "," + r.reviewTimeMs() + "," + r.rating() + "," + r.state() + ",0\n");
        }
    }

    private static int[] columnIndexes(List<String> header) {
        int[] index = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            index[c] = header.indexOf(COLUMNS.get(c));
            if (index[c] < 0) {
                throw new RevlogFormatException(1, COLUMNS.get(c), "the header has no column " + COLUMNS.get(c)
                        + "; expected " + String.join(",", COLUMNS));
            }
        }
        return index;
    }

    private static RevlogRow row(List<String> cells, int[] index, int line) {
        String cardId = cell(cells, index[0], "card_id", line);
        if (cardId.isEmpty()) {
            throw new RevlogFormatException(line, "card_id", "is empty");
        }
        long time = integer(cells, index[1], "review_time", line, 0, Long.MAX_VALUE);
        int rating = (int) integer(cells, index[2], "review_rating", line, 1, 4);
        int state = (int) integer(cells, index[3], "review_state", line, 0, 3);
        integer(cells, index[4], "review_duration", line, 0, 0xFFFFFFFFL);
        return new RevlogRow(cardId, time, rating, state, line);
    }

    private static long integer(List<String> cells, int i, String field, int line, long min, long max) {
        String text = cell(cells, i, field, line);
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RevlogFormatException(line, field, "'" + text + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw new RevlogFormatException(line, field, value + " is outside " + min + ".." + max);
        }
        return value;
    }

    private static String cell(List<String> cells, int i, String field, int line) {
        if (i >= cells.size()) {
            throw new RevlogFormatException(line, field, "missing (the line has only " + cells.size() + " fields)");
        }
        return cells.get(i).trim();
    }

    /** Splits one line on commas; a field in double quotes may hold commas and doubled quotes. */
    static List<String> splitLine(String line, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else if (ch != '\r') {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new RevlogFormatException(lineNo, null, "a quoted field is not closed");
        }
        out.add(cell.toString());
        return out;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
