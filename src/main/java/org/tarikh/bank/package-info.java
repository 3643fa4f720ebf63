/** Question banks: curated and teachers' banks, versioned questions, the curated-bank loader, and browsing. */
package org.tarikh.bank;
