/** Cross-cutting web plumbing: error mapping, security headers, the signed-in user and flash messages for templates. */
package org.tarikh.web;
