package org.tarikh.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver for the tests that hands every call to PostgreSQL's and counts the statements executed, so a
 * test can hold a hot request to its number of round trips ({@link SqlStatements}). URLs: {@code jdbc:counting:postgresql://…}.
 */
public final class CountingDriver implements Driver {

    static final String PREFIX = "jdbc:counting:";

    static {
        try {
            DriverManager.registerDriver(new CountingDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Driver postgres = new org.postgresql.Driver();

    /** The counting form of a PostgreSQL URL. */
    public static String wrap(String postgresUrl) {
        return PREFIX + postgresUrl.substring("jdbc:".length());
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection real = postgres.connect("jdbc:" + url.substring(PREFIX.length()), info);
        return real == null ? null : proxy(Connection.class, real);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().startsWith("execute")) {
                SqlStatements.count();
            }
            Object result = invoke(method, target, args);
            if (result instanceof Statement s && !(result instanceof java.sql.CallableStatement)) {
                return proxy(result instanceof java.sql.PreparedStatement ? (Class<Statement>) (Class<?>) java.sql.PreparedStatement.class
                        : Statement.class, s);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo("jdbc:" + url.substring(PREFIX.length()), info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return postgres.getParentLogger();
    }
}
