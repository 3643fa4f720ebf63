/** Quizzes: attempts in practice or exam mode, opaque per-attempt ids, server-side grading, results and history. */
package org.tarikh.quiz;
