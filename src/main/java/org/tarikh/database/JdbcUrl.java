package org.tarikh.database;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a {@code jdbc:postgresql://host:port/database?params} URL that start-up needs. */
record JdbcUrl(String hostAndPort, String database, String params) {

    private static final Pattern FORM = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]+)(\\?.*)?");

    static JdbcUrl parse(String url) {
        Matcher m = FORM.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host:port/database URL: " + url);
        }
        return new JdbcUrl(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3));
    }

    /** The same server's maintenance database, from which another database can be created. */
    String maintenanceUrl() {
        return "jdbc:postgresql://" + hostAndPort + "/postgres" + params;
    }

}
