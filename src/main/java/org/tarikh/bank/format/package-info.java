/** PURE: reads, validates and writes question-bank files (docs/questions.md); no framework imports. */
package org.tarikh.bank.format;
