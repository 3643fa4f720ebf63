package org.tarikh.database;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a {@code jdbc:postgresql://host:port/database?params} URL that start-up needs. */
record JdbcUrl(String hostAndPort, String database, String params) {

    private static final Pattern FORM = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]+)(\\?.*)?");
    private static final int DEFAULT_PORT = 5432;

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

    /** The first host named (a URL may list several for fail-over), without brackets around an IPv6 address. */
    String host() {
        String first = firstServer();
        if (first.startsWith("[")) {
            return first.substring(1, first.indexOf(']'));
        }
        int colon = first.lastIndexOf(':');
        return colon < 0 ? first : first.substring(0, colon);
    }

    int port() {
        String first = firstServer();
        int colon = first.lastIndexOf(':');
        if (colon < 0 || first.endsWith("]")) {
            return DEFAULT_PORT;
        }
        return Integer.parseInt(first.substring(colon + 1));
    }

    private String firstServer() {
        return hostAndPort.split(",")[0];
    }
}
