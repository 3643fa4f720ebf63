/** Integration tests of the packaged app as it is run: several processes, one database, faults. */
package org.tarikh.operations;
