/** The home page: what Tarikh is, and where a signed-in learner or teacher goes next. */
package org.tarikh.home;
