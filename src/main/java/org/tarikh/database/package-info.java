/** Getting a PostgreSQL database before the app starts: create it when missing, or run an embedded server. */
package org.tarikh.database;
