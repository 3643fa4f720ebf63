/** PURE: what a question asks and accepts, one record per question type (QUESTIONS.md); no framework imports. */
package org.tarikh.bank.content;
