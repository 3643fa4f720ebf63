/** Class reports: each student's work and mastery, and item analysis of the questions, computed in SQL. */
package org.tarikh.report;
