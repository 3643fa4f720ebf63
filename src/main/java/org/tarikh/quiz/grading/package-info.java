/** PURE: grades a learner's response to a question, one grader per type, and describes the correct answer; java.* and bank.content only. */
package org.tarikh.quiz.grading;
