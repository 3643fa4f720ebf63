/** Classes: a teacher's group of learners who join with a code, the work assigned to them, and its status. */
package org.tarikh.classes;
