package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.format.LineMessage;

/**
 * Which column holds what. Named by {@code #columns:} and the {@code #tags column:N}-style headers (which may add
 * columns past those named); without {@code #columns:} the other columns hold, in order, the front, the back and
 * (unless a tags column is given) the tags, as in Anki.
 */
final class CsvLayout {

    private final List<CsvColumn> roles;
    private final boolean named;
    private boolean usable = true;

    private CsvLayout(List<CsvColumn> roles, boolean named) {
        this.roles = roles;
        this.named = named;
    }

    /** The layout the headers describe, recording an error for each contradiction. */
    static CsvLayout of(CsvHeaders headers, char separator, List<LineMessage> errors) {
        CsvLayout layout = new CsvLayout(new ArrayList<>(), headers.columns != null);
        int line = layout.named ? headers.columnsLine : headers.bodyLine;
        if (layout.named) {
            layout.name(CsvRecords.fieldsOf(headers.columns, separator), line, errors);
        }
        for (Map.Entry<CsvColumn, int[]> e : headers.numbered.entrySet()) {
            layout.number(e.getKey(), e.getValue()[0], e.getValue()[1], errors);
        }
        if (!layout.named) {
            layout.fillDefaults(headers.numbered.containsKey(CsvColumn.TAGS));
        }
        for (CsvColumn needed : List.of(CsvColumn.FRONT, CsvColumn.BACK)) {
            if (layout.usable && !layout.roles.contains(needed)) {
                String message = "no column holds the " + needed.label() + " (columns: " + CsvColumn.known() + ")";
                errors.add(new LineMessage(line, message));
            }
        }
        layout.usable &= layout.roles.contains(CsvColumn.FRONT) && layout.roles.contains(CsvColumn.BACK);
        return layout;
    }

    private void name(List<String> names, int line, List<LineMessage> errors) {
        if (names == null) {
            errors.add(new LineMessage(line, "#columns: has a quote that is never closed"));
            usable = false;
            return;
        }
        for (String name : names) {
            CsvColumn role = CsvColumn.named(name).orElse(null);
            if (role == null) {
                errors.add(new LineMessage(line, "unknown column \"" + name + "\" (known: " + CsvColumn.known() + ")"));
            } else if (roles.contains(role)) {
                errors.add(new LineMessage(line, "two columns hold the " + role.label()));
                role = null;
            }
            roles.add(role);
        }
    }

    private void number(CsvColumn role, int n, int line, List<LineMessage> errors) {
        while (roles.size() < n) {
            roles.add(null);
        }
        CsvColumn there = roles.get(n - 1);
        if (there != null && there != role) {
            errors.add(new LineMessage(line, role.label() + " column " + n + " is the " + there.label() + " column"));
        } else if (there == null && roles.contains(role)) {
            errors.add(new LineMessage(line, "two columns hold the " + role.label()));
        } else {
            roles.set(n - 1, role);
        }
    }

    private void fillDefaults(boolean tagsNumbered) {
        List<CsvColumn> defaults = tagsNumbered ? List.of(CsvColumn.FRONT, CsvColumn.BACK)
                : List.of(CsvColumn.FRONT, CsvColumn.BACK, CsvColumn.TAGS);
        int free = 0;
        for (CsvColumn role : defaults) {
            while (free < roles.size() && roles.get(free) != null) {
                free++;
            }
            if (free == roles.size()) {
                roles.add(role);
            } else {
                roles.set(free, role);
            }
        }
    }

    boolean isUsable() {
        return usable;
    }

    /** What is wrong with the number of fields in a record, or null: too few for a front and back, or too many. */
    String checkWidth(List<String> fields) {
        int needed = Math.max(roles.indexOf(CsvColumn.FRONT), roles.indexOf(CsvColumn.BACK)) + 1;
        if (fields.size() < needed) {
            return "too few fields: " + fields.size() + " found, the front and back need " + needed;
        }
        List<String> beyond = fields.subList(Math.min(roles.size(), fields.size()), fields.size());
        boolean extra = beyond.stream().anyMatch(f -> !f.isEmpty());
        if (extra) {
            return "too many fields: " + fields.size() + " found, expected at most " + roles.size()
                    + (named ? "" : " (front, back, tags; name more columns with #columns:)");
        }
        return null;
    }

    /** The record's value for {@code role}; "" when no column or no such field. */
    String get(List<String> fields, CsvColumn role) {
        int i = roles.indexOf(role);
        return i < 0 || i >= fields.size() ? "" : fields.get(i);
    }
}
