/** Accounts: registration, sign-in, roles, the learner's own settings, and the admin's user list. */
package org.tarikh.account;
