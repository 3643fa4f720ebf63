package org.tarikh.quiz.grading;

import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.DateText;
import org.tarikh.bank.content.PartialDate;

/**
 * {@code date}: compared at the question's precision. More precision than asked is cut to it ("1988-04-14" is right
 * for a question asking the year 1988); less than asked scores 0; an empty answer scores 0.
 */
final class DateGrader implements Grader<Body.DateAnswer> {

    @Override
    public Score grade(Body.DateAnswer body, GivenAnswer response) {
        if (!(response instanceof GivenAnswer.Text text)) {
            throw InvalidResponse.expected("value", "the date as text for a date question");
        }
        if (text.text().isBlank()) {
            return Score.of(0);
        }
        PartialDate given = DateText.parse(text.text()).orElseThrow(() -> notADate(text.text()));
        PartialDate.Precision asked = body.answer().precision();
        if (given.precision().compareTo(asked) < 0) {
            return Score.of(0);
        }
        return Score.allOrNothing(given.truncatedTo(asked).equals(body.answer().truncatedTo(asked)));
    }

    private static InvalidResponse notADate(String text) {
        String shown = text.strip().length() > 40 ? text.strip().substring(0, 40) + "…" : text.strip();
        return new InvalidResponse("response.value: '" + shown + "' is not a date"
                + " (write e.g. 1988, April 1988, 14 April 1988 or 1988-04-14; numeric dates are read day first)");
    }
}
