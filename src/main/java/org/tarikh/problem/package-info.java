/** Learners' reports of problems with questions, and the queue where bank owners (or teachers, for curated banks) close them. */
package org.tarikh.problem;
