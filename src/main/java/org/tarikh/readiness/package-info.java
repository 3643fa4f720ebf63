/** Readiness for an assignment's due date: each member's predicted recall per topic on that day, and the reviews needed. */
package org.tarikh.readiness;
