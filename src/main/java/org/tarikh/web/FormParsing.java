package org.tarikh.web;

/**
 * Tells a form that could not be parsed ({@code %%%%}, a broken multipart body) from our own failures: the
 * framework's form reader throws plain {@link IllegalArgumentException}s, so the place it was thrown decides.
 */
final class FormParsing {

    private static final String READERS = "org.jboss.resteasy.reactive.server.core.multipart.";
    private static final String URL_DECODER = "org.jboss.resteasy.reactive.common.util.URLUtils";

    private FormParsing() {
    }

    static boolean failed(Throwable e) {
        if (!(e instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith(READERS) || frame.getClassName().equals(URL_DECODER)) {
                return true;
            }
        }
        return false;
    }
}
