package org.tarikh.signin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.tarikh.failure.TooManyAttempts;
import org.tarikh.web.ClientAddress;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Flash;
import org.tarikh.web.SignInRedirect;
import org.tarikh.web.SignedInUser;

/** The sign-in form and sign-out: each sign-in starts a new server-side session; signing out ends it everywhere. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, String next, String refusal);
    }

    private final PasswordSignIn passwords;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final CurrentUser currentUser;

    SignInPages(PasswordSignIn passwords, Sessions sessions, SessionCookie cookie, CurrentUser currentUser) {
        this.passwords = passwords;
        this.sessions = sessions;
        this.cookie = cookie;
        this.currentUser = currentUser;
    }

    @GET
    @Path("login")
    public TemplateInstance form(@QueryParam("error") String error, @QueryParam("next") String next) {
        return Templates.login(error != null, safeNext(next), null);
    }

    @POST
    @Path("j_security_check")
    public Response signIn(@RestForm("j_username") String username, @RestForm("j_password") String password,
                           @RestForm String next, HttpServerRequest request) {
        String address = ClientAddress.of(request);
        Optional<SignedInUser> user;
        try {
            user = passwords.check(username, password, address, SignedInUser.Via.SESSION);
        } catch (TooManyAttempts e) {
            return Response.status(429).header("Retry-After", e.retryAfterSeconds())
                    .entity(Templates.login(false, safeNext(next), e.getMessage())).build();
        }
        String back = safeNext(next);
        if (user.isEmpty()) {
            String again = "/login?error=1" + (back == null ? "" : "&next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return Response.status(302).header("Location", again).build();
        }
        passwords.forgetFailures(user.get().username());
        if (currentUser.sessionId() != null) {
            sessions.end(currentUser.sessionId());
        }
        Sessions.Started started = sessions.start(user.get().id());
        return Response.status(302).header("Location", SignInRedirect.afterSignIn(back))
                .cookie(cookie.issue(started.secret(), request)).build();
    }

    @POST
    @Path("logout")
    public Response signOut(HttpServerRequest request) {
        if (currentUser.sessionId() != null) {
            sessions.end(currentUser.sessionId());
        }
        return Response.status(303).header("Location", Flash.to("/", "signed-out").toString()).cookie(cookie.expired(request)).build();
    }

    private static String safeNext(String next) {
        String local = SignInRedirect.afterSignIn(next);
        return local.equals("/") ? null : local;
    }
}
