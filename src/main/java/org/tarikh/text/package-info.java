/** PURE: what stored text may hold (no control characters, no bidi overrides in names); no framework imports. */
package org.tarikh.text;
