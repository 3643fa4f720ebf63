package org.tarikh.quiz.grading;

import org.tarikh.bank.content.Body;

/** Grades responses to one question type; {@link Grading} picks the grader for a body. */
interface Grader<B extends Body> {

    /** @throws InvalidResponse when the response does not fit the question */
    Score grade(B body, GivenAnswer response);
}
