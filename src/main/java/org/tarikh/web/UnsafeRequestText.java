package org.tarikh.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.tarikh.failure.InvalidInput;
import org.tarikh.text.UnsafeText;

/**
 * Refuses control characters in the address (path and query) and in form fields with a 400 naming the
 * parameter, before any of it reaches a query: PostgreSQL cannot even compare a string holding NUL. Form fields
 * may hold tab and line breaks (text areas); addresses may not. JSON bodies are checked by {@link JsonText}.
 */
public class UnsafeRequestText {

    // Takes the framework's own context type: the plain ContainerRequestContext a void filter receives is a
    // wrapper that does not lead to the form that @WithFormRead has read.
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHENTICATION - 100)
    @WithFormRead
    public void refuseControlCharacters(HttpServerRequest http, ResteasyReactiveContainerRequestContext request) {
        if (!plainAscii(http.uri())) {
            check(request.getUriInfo().getPathParameters());
            check(request.getUriInfo().getQueryParameters());
        }
        if (request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context
                && context.getFormData() != null) {
            checkForm(context.getFormData());
        }
    }

    /**
     * Printable ASCII without '%': nothing in the address can decode to a control character, so the decoded
     * parameters (built for this alone on most requests) need not be looked at.
     */
    public static boolean plainAscii(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '%') {
                return false;
            }
        }
        return true;
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> e : parameters.entrySet()) {
            refuseUnsafe(e.getKey(), e.getKey(), false);
            for (String value : e.getValue()) {
                refuseUnsafe(e.getKey(), value, false);
            }
        }
    }

    private static void checkForm(FormData form) {
        for (String name : form) {
            refuseUnsafe(name, name, false);
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem()) {
                    refuseUnsafe(name, value.getValue(), true);
                }
            }
        }
    }

    private static void refuseUnsafe(String field, String value, boolean multiline) {
        int control = UnsafeText.firstControl(value, multiline);
        if (control >= 0) {
            String shown = UnsafeText.firstControl(field, false) >= 0 ? "a field" : field;
            throw InvalidInput.of(shown, shown + " must not contain the control character " + UnsafeText.name(control) + ".");
        }
    }
}
