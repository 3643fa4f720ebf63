package org.tarikh.signin;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.tarikh.failure.TooManyAttempts;
import org.tarikh.web.SignedInUser;

/** Turns offered credentials into an identity, in one indexed query for a cookie or a token. */
@ApplicationScoped
public class SignedInIdentities implements IdentityProvider<Credentials> {

    private final Sessions sessions;
    private final ApiTokens tokens;
    private final PasswordSignIn passwords;

    SignedInIdentities(Sessions sessions, ApiTokens tokens, PasswordSignIn passwords) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.passwords = passwords;
    }

    @Override
    public Class<Credentials> getRequestType() {
        return Credentials.class;
    }

    /**
     * The lookup runs on a worker thread and the request goes on from there. {@code context.runBlocking} would hand
     * the identity back to the event loop, and the REST layer would then pass the request to a worker again: two
     * thread hand-offs more per request (docs/PERFORMANCE.md, seventh session).
     */
    @Override
    public Uni<SecurityIdentity> authenticate(Credentials credentials, AuthenticationRequestContext context) {
        Uni<SecurityIdentity> lookup = Uni.createFrom().item(() -> identityOf(resolve(credentials)
                .orElseThrow(() -> new AuthenticationFailedException("credentials not accepted"))));
        return BlockingOperationControl.isBlockingAllowed() ? lookup
                : lookup.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Optional<SignedInUser> resolve(Credentials c) {
        return switch (c.kind) {
            case SESSION -> sessions.find(c.secret);
            case BEARER -> tokens.find(c.secret);
            case BASIC -> {
                try {
                    yield passwords.check(c.username, c.secret, c.address, SignedInUser.Via.BASIC);
                } catch (TooManyAttempts e) {
                    RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(c);
                    if (rc != null) {
                        rc.put(SignInMechanism.RETRY_AFTER, e.retryAfterSeconds());
                    }
                    yield Optional.empty();
                }
            }
        };
    }

    private static SecurityIdentity identityOf(SignedInUser user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()))
                .addRole(user.role())
                .addAttribute(SignedInUser.ATTRIBUTE, user)
                .build();
    }
}
