/** PURE: turns other question formats (GIFT, Anki-style CSV) into questions and back; no framework imports. */
package org.tarikh.bank.transfer;
