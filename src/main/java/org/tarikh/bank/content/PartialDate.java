package org.tarikh.bank.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date known to the year, the month or the day: "1988", "1988-04" or "1988-04-14". */
public record PartialDate(int year, Integer month, Integer day) {

    /** How much of a date is given. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** Parses the ISO forms; empty when the text is not a real date at one of the three precisions. */
    public static Optional<PartialDate> parseIso(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new PartialDate(year, null, null));
            }
            int month = Integer.parseInt(m.group(2));
            YearMonth.of(year, month);
            if (m.group(3) == null) {
                return Optional.of(new PartialDate(year, month, null));
            }
            int day = Integer.parseInt(m.group(3));
            LocalDate.of(year, month, day);
            return Optional.of(new PartialDate(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The same date cut to a coarser (or equal) precision. */
    public PartialDate truncatedTo(Precision p) {
        return switch (p) {
            case YEAR -> new PartialDate(year, null, null);
            case MONTH -> new PartialDate(year, month, null);
            case DAY -> this;
        };
    }

    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
