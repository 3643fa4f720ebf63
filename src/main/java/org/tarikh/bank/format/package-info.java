/** PURE: reads, validates and writes question-bank files (QUESTIONS.md); no framework imports. */
package org.tarikh.bank.format;
