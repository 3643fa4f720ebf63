package org.tarikh.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.PartialDate;

class DateGradingTest {

    private static final Body.DateAnswer YEAR = date("1988");
    private static final Body.DateAnswer MONTH = date("1988-04");
    private static final Body.DateAnswer DAY = date("1988-04-14");

    private static Body.DateAnswer date(String iso) {
        return new Body.DateAnswer(PartialDate.parseIso(iso).orElseThrow());
    }

    private static double grade(Body.DateAnswer body, String typed) {
        return Grading.grade(body, new GivenAnswer.Text(typed)).value();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1988", " 1988 "})
    void yearQuestionAcceptsTheYear(String typed) {
        assertEquals(1, grade(YEAR, typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1988-04", "1988-4", "April 1988", "april 1988", "APRIL 1988", "Apr 1988", "Apr. 1988",
        "April, 1988", "4/1988", "04/1988", "04.1988", "4-1988", "1988/04"})
    void monthQuestionAcceptsTheMonthInCommonForms(String typed) {
        assertEquals(1, grade(MONTH, typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1988-04-14", "1988-4-14", "1988/04/14", "14 April 1988", "14 april 1988", "14 Apr 1988",
        "14 Apr. 1988", "14th April 1988", "14th of April 1988", "14 April, 1988", "14-Apr-1988", "April 14, 1988",
        "April 14 1988", "Apr 14th, 1988", "14.4.1988", "14/04/1988", "14-04-1988", "  14   April   1988  "})
    void dayQuestionAcceptsTheDayInCommonForms(String typed) {
        assertEquals(1, grade(DAY, typed));
    }

    @Test
    void septemberMayBeWrittenSept() {
        assertEquals(1, grade(date("1989-09"), "Sept 1989"));
        assertEquals(1, grade(date("1989-09"), "Sep 1989"));
    }

    @Test
    void numericDatesAreReadDayFirst() {
        Body.DateAnswer fourthOfMay = date("1988-05-04");
        assertEquals(1, grade(fourthOfMay, "4/5/1988"));
        assertEquals(0, grade(fourthOfMay, "5/4/1988"));
    }

    @Test
    void monthFirstNumericDateIsNotADate() {
        assertThrows(InvalidResponse.class, () -> grade(DAY, "4/14/1988"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1988-04-14", "14 April 1988", "April 1988", "1988-12"})
    void morePrecisionThanAskedIsComparedAtTheAskedPrecision(String typed) {
        assertEquals(1, grade(YEAR, typed));
    }

    @Test
    void dayGivenForAMonthQuestionIsComparedByMonth() {
        assertEquals(1, grade(MONTH, "30 April 1988"));
        assertEquals(0, grade(MONTH, "1 May 1988"));
    }

    @Test
    void lessPrecisionThanAskedScoresZeroAndIsNotInvalid() {
        assertEquals(0, grade(DAY, "April 1988"));
        assertEquals(0, grade(DAY, "1988"));
        assertEquals(0, grade(MONTH, "1988"));
    }

    @Test
    void wrongDateScoresZero() {
        assertEquals(0, grade(YEAR, "1989"));
        assertEquals(0, grade(MONTH, "March 1988"));
        assertEquals(0, grade(DAY, "15 April 1988"));
        assertEquals(0, grade(DAY, "14 April 1989"));
    }

    @Test
    void emptyAnswerScoresZeroAndIsNotInvalid() {
        assertEquals(0, grade(DAY, ""));
        assertEquals(0, grade(YEAR, "   "));
    }

    @Test
    void unparseableTextIsInvalidWithTheTextInTheMessage() {
        InvalidResponse e = assertThrows(InvalidResponse.class, () -> grade(YEAR, "soon"));
        assertTrue(e.getMessage().startsWith("response.value: 'soon' is not a date"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"88", "1988-13", "30 February 1988", "31/04/1988", "Aprilis 1988", "14 Foo 1988",
        "1988-04-14T10:00", "in 1988", "1988 or 1989", "19888"})
    void impossibleOrUnknownFormsAreInvalid(String typed) {
        assertThrows(InvalidResponse.class, () -> grade(YEAR, typed));
    }

    @Test
    void leapDayIsADateInALeapYear() {
        assertEquals(1, grade(date("1988-02-29"), "29 Feb 1988"));
        assertThrows(InvalidResponse.class, () -> grade(YEAR, "29 Feb 1989"));
    }

    @Test
    void threeDigitYearsAreAccepted() {
        assertEquals(1, grade(date("0632"), "632"));
    }

    @Test
    void dateQuestionRefusesANumber() {
        InvalidResponse e = assertThrows(InvalidResponse.class, () -> Grading.grade(YEAR, new GivenAnswer.Numeric(1988)));
        assertEquals("response.value: expected the date as text for a date question", e.getMessage());
    }
}
