/** Teachers' own banks: creating them, editing questions as new versions, copying curated banks, import and export. */
package org.tarikh.authoring;
