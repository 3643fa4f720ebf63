package org.tarikh.cards;

import java.util.List;
import java.util.stream.Stream;
import org.tarikh.failure.InvalidInput;
import org.tarikh.review.scheduler.State;
import org.tarikh.web.Paged;

/**
 * What the card browser looks for: words of the front, a bank, a topic, a state. {@code state} is one of
 * new, learning, review, relearning (cards in that state that are not suspended) or suspended; blank is any.
 */
public record CardSearch(String text, String bank, String topic, String state, int page, int size) {

    /** The four states by their codes, then "suspended". */
    public static final List<String> STATES = Stream.concat(Stream.of(State.values()).map(State::code),
            Stream.of("suspended")).toList();
    static final int MAX_TEXT = 200;
    static final int PAGE_SIZE = 50;

    /** The search as typed, checked: 400 naming the field for an unknown state, a too long text or a bad page. */
    public static CardSearch of(String text, String bank, String topic, String state, Integer page, Integer size) {
        String s = blankToEmpty(state).toLowerCase();
        if (!s.isEmpty() && !STATES.contains(s)) {
            throw InvalidInput.of("state", "state is one of " + String.join(", ", STATES) + " (or empty for any), not '"
                    + state + "'.");
        }
        String t = blankToEmpty(text).strip();
        if (t.length() > MAX_TEXT) {
            throw InvalidInput.of("q", "The search text is at most " + MAX_TEXT + " characters.");
        }
        int p = page == null ? 0 : page;
        int n = size == null ? PAGE_SIZE : size;
        Paged.check(p, n);
        return new CardSearch(t, blankToEmpty(bank).strip(), blankToEmpty(topic).strip(), s, p, n);
    }

    /** Any of the filters is set. */
    public boolean filtered() {
        return !text.isEmpty() || !bank.isEmpty() || !topic.isEmpty() || !state.isEmpty();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s;
    }
}
