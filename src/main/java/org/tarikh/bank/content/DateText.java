package org.tarikh.bank.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as a learner types it, at whatever precision they give. Accepted forms (case-insensitive, commas and
 * extra spaces ignored, English month names in full or as three letters, "Sept" too, an optional trailing dot and
 * ordinal suffix "14th"):
 * <ul>
 * <li>year: {@code 1988}</li>
 * <li>month: {@code 1988-04}, {@code 1988-4}, {@code April 1988}, {@code Apr 1988}, {@code 4/1988}, {@code 04.1988}</li>
 * <li>day: {@code 1988-04-14}, {@code 14 April 1988}, {@code 14 Apr 1988}, {@code 14th of April 1988},
 * {@code 14-Apr-1988}, {@code April 14, 1988}, {@code 14.4.1988}, {@code 14/04/1988}, {@code 14-04-1988}</li>
 * </ul>
 * Numeric dates with the year last are read day first (14/4/1988), as in most of the world and in the source
 * material; "4/14/1988" is therefore not a date. Years have three or four digits: "88" is refused as ambiguous.
 */
public final class DateText {

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private static final String YEAR = "(\\d{3,4})";
    private static final String NUM = "(\\d{1,2})";
    private static final String SEP = "[-/.]";
    private static final String NAME = "([a-z]+)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String GAP = "[ -]";

    /** One accepted form: its pattern and which groups hold the year, month and day (0: absent). */
    private record Form(Pattern pattern, int year, int month, int day, boolean monthByName) {
        Form(String regex, int year, int month, int day, boolean monthByName) {
            this(Pattern.compile(regex), year, month, day, monthByName);
        }
    }

    private static final List<Form> FORMS = List.of(
            new Form(YEAR + "(?:" + SEP + NUM + "(?:" + SEP + NUM + ")?)?", 1, 2, 3, false),
            new Form(NUM + SEP + YEAR, 2, 1, 0, false),
            new Form(NUM + SEP + NUM + SEP + YEAR, 3, 2, 1, false),
            new Form(NAME + " " + YEAR, 2, 1, 0, true),
            new Form(DAY + GAP + "(?:of )?" + NAME + GAP + YEAR, 3, 2, 1, true),
            new Form(NAME + " " + DAY + " " + YEAR, 3, 1, 2, true));

    private DateText() {
    }

    /** The date given, at the precision given; empty when the text is not a real date in one of the forms above. */
    public static Optional<PartialDate> parse(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace(',', ' ').replaceAll("\\s+", " ").strip();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(s);
            if (m.matches()) {
                String month = form.month() == 0 ? null : m.group(form.month());
                if (month != null && form.monthByName()) {
                    month = monthNumber(month);
                    if (month == null) {
                        return Optional.empty();
                    }
                }
                return date(m.group(form.year()), month, form.day() == 0 ? null : m.group(form.day()));
            }
        }
        return Optional.empty();
    }

    /** "14 April 1988", "April 1988" or "1988", at the date's own precision. */
    public static String format(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> String.valueOf(date.year());
            case MONTH -> monthName(date.month()) + " " + date.year();
            case DAY -> date.day() + " " + monthName(date.month()) + " " + date.year();
        };
    }

    private static Optional<PartialDate> date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (month == null) {
            return Optional.of(new PartialDate(y, null, null));
        }
        int mo = Integer.parseInt(month);
        int d = day == null ? 1 : Integer.parseInt(day);
        try {
            LocalDate.of(y, mo, d); // refuses month 13 and 30 February
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(y, mo, day == null ? null : d));
    }

    /** "4" for "april" or "apr"; null for a word that is no month. */
    private static String monthNumber(String name) {
        for (int i = 0; i < MONTHS.size(); i++) {
            String full = MONTHS.get(i);
            if (name.equals(full) || name.equals(full.substring(0, 3)) || (i == 8 && name.equals("sept"))) {
                return String.valueOf(i + 1);
            }
        }
        return null;
    }

    private static String monthName(int month) {
        String name = MONTHS.get(month - 1);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
