/**
 * PURE: what stored text may hold (no control characters, no bidi overrides in names), and instants written as ISO
 * text; no framework imports.
 */
package org.tarikh.text;
