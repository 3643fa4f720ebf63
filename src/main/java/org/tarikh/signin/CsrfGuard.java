package org.tarikh.signin;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.tarikh.failure.CsrfRefused;
import org.tarikh.web.SignedInUser;

/**
 * Every state-changing request that a browser could be tricked into sending must carry the CSRF token: those
 * signed in with the cookie (any content type, pages and API alike) and the anonymous page forms (sign-in,
 * registration). The token comes as the header {@code X-CSRF-Token} or the form field {@code csrf-token}.
 * Requests signed with Basic or Bearer are exempt: no browser adds those to a forged request.
 */
public class CsrfGuard {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final CsrfTokens tokens;

    CsrfGuard(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @ServerRequestFilter(readBody = true)
    public void requireToken(ResteasyReactiveContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String expected = tokens.expected();
        if (expected == null) {
            return;
        }
        if (!SecretTokens.same(expected, given(request))) {
            throw new CsrfRefused();
        }
    }

    /**
     * The same check for a signed-in JSON call served outside the REST layer (ReviewRoutes): a cookie-signed
     * request must carry its session's token in the header; Basic and Bearer need none.
     */
    public static boolean passes(SignedInUser user, HttpServerRequest request) {
        return passes(user, csrfHeader(request));
    }

    /** The same, given the request's header ({@link #csrfHeader}). */
    public static boolean passes(SignedInUser user, String header) {
        return user.via() != SignedInUser.Via.SESSION || SecretTokens.same(user.csrfToken(), header);
    }

    /** The request's CSRF header ({@code X-CSRF-Token}), null when it has none. */
    public static String csrfHeader(HttpServerRequest request) {
        return request.getHeader(CsrfTokens.HEADER);
    }

    private static String given(ContainerRequestContext request) {
        String header = request.getHeaderString(CsrfTokens.HEADER);
        if (header != null) {
            return header;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext)
                ((ResteasyReactiveContainerRequestContext) request).getServerRequestContext();
        Object field = context.getFormParameter(CsrfTokens.FIELD, true, false);
        return field instanceof String s ? s : null;
    }
}
