/**
 * Signing in and staying signed in: server-side sessions behind the cookie, API tokens, HTTP Basic with a cache
 * of verified passwords, throttling of guesses, and the CSRF check for cookie-signed requests.
 */
package org.tarikh.signin;
