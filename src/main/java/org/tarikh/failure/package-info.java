/**
 * What can go wrong with a request, in the domain's words: bad input (with the fields or lines at fault), something
 * missing, not allowed, in conflict, too large, tried too often. Features throw these; {@code web} maps each to its
 * status and body. This package depends on nothing of ours, so no feature depends on web plumbing to say "no".
 */
package org.tarikh.failure;
