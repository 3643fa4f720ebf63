/** PURE: what a question asks and accepts, one record per question type (docs/questions.md); no framework imports. */
package org.tarikh.bank.content;
