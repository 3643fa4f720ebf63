package org.tarikh.signin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.tarikh.web.ClientAddress;
import org.tarikh.web.SignInRedirect;

/**
 * The one way in: the session cookie for browsers, {@code Authorization: Bearer} for API tokens and
 * {@code Authorization: Basic} for convenience. The identity it builds carries the whole {@code SignedInUser},
 * so nothing later in the request reads the user again.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** Set on the routing context when a Basic sign-in was refused for too many failures: seconds to wait. */
    static final String RETRY_AFTER = "tarikh.retry-after";

    private final SessionCookie cookie;

    SignInMechanism(SessionCookie cookie) {
        this.cookie = cookie;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext rc, IdentityProviderManager identities) {
        String address = ClientAddress.of(rc.request());
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        Credentials credentials;
        if (authorization != null) {
            credentials = fromHeader(authorization.strip(), address);
            if (credentials == null) {
                return Uni.createFrom().failure(new AuthenticationFailedException("unreadable Authorization header"));
            }
        } else {
            credentials = fromCookie(rc.request(), cookie.name(), address);
            if (credentials == null) {
                return Uni.createFrom().nullItem();
            }
        }
        HttpSecurityUtils.setRoutingContextAttribute(credentials, rc);
        Uni<SecurityIdentity> identity = identities.authenticate(credentials)
                .invoke(signedIn -> LateAuthFailures.install(rc));
        if (credentials.kind == Credentials.Kind.SESSION) {
            // An ended or expired session is simply no session: the visitor is anonymous, and the stale cookie goes.
            return identity.onFailure(AuthenticationFailedException.class).recoverWithItem(() -> {
                rc.response().addCookie(cookie.expired(rc));
                return null;
            });
        }
        return identity;
    }

    /** The session cookie's credentials, or null when the request has no such cookie or a blank one. */
    static Credentials fromCookie(HttpServerRequest request, String cookieName, String address) {
        Cookie sessionCookie = request.getCookie(cookieName);
        return sessionCookie == null || sessionCookie.getValue().isBlank() ? null
                : Credentials.session(sessionCookie.getValue(), address);
    }

    /** The credentials of an {@code Authorization} header (stripped), or null when it cannot be read. */
    static Credentials fromHeader(String header, String address) {
        int space = header.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = header.substring(0, space);
        String value = header.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer") && !value.isEmpty()) {
            return Credentials.bearer(value, address);
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            try {
                String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? null : Credentials.basic(decoded.substring(0, colon), decoded.substring(colon + 1), address);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext rc) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"Tarikh\""));
    }

    /** Writes the whole answer: 429 for a throttled sign-in, 401 with the error body for the API, else the sign-in page. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            return Uni.createFrom().item(true);
        }
        Long retryAfter = rc.get(RETRY_AFTER);
        if (retryAfter != null) {
            response.setStatusCode(429).putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end("{\"error\":\"too-many-requests\",\"message\":\"Too many failed sign-ins. Wait "
                            + retryAfter + " seconds and try again.\",\"details\":[]}");
        } else if (SignInRedirect.answersWith401(rc.normalizedPath()) || rc.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            response.setStatusCode(401).putHeader("WWW-Authenticate", "Basic realm=\"Tarikh\"")
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end("{\"error\":\"unauthorized\",\"message\":\"Sign in first: this needs an account, "
                            + "and the credentials given were not accepted.\",\"details\":[]}");
        } else {
            response.setStatusCode(303).putHeader(HttpHeaders.LOCATION, SignInRedirect.to(rc.request().method().name(),
                    rc.request().uri())).end();
        }
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Credentials.class);
    }
}
