package org.tarikh.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.FormErrors;
import org.tarikh.web.InvalidInput;

/** Registration, sign-in, sign-out and the learner's settings, as pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(String username, String displayName, Map<String, String> errors);

        static native TemplateInstance login(boolean failed);

        static native TemplateInstance settings(Profile profile, List<String> zones, Map<String, String> errors);
    }

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String credentialCookie;

    private final AccountService accounts;
    private final ProfileService profiles;
    private final CurrentUser currentUser;

    AccountPages(AccountService accounts, ProfileService profiles, CurrentUser currentUser) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    @GET
    @Path("register")
    public TemplateInstance registerForm() {
        return Templates.register("", "", Map.of());
    }

    @POST
    @Path("register")
    public Response register(@RestForm String username, @RestForm String password, @RestForm String displayName) {
        try {
            accounts.register(username, password, displayName);
            return Response.seeOther(URI.create("/login?flash=registered")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.register(username, displayName, FormErrors.of(e))).build();
        } catch (org.tarikh.web.Conflict e) {
            return Response.status(409).entity(Templates.register(username, displayName,
                    Map.of("username", e.getMessage()))).build();
        }
    }

    @GET
    @Path("login")
    public TemplateInstance loginForm(@QueryParam("error") String error) {
        return Templates.login(error != null);
    }

    @POST
    @Path("logout")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(credentialCookie).path("/").maxAge(0).value("").httpOnly(true).build();
        return Response.seeOther(URI.create("/?flash=signed-out")).cookie(expired).build();
    }

    @GET
    @Path("settings")
    @Authenticated
    public TemplateInstance settings() {
        return Templates.settings(profiles.profileOf(currentUser.username()), zones(), Map.of());
    }

    @POST
    @Path("settings")
    @Authenticated
    public Response saveSettings(@RestForm String displayName, @RestForm String desiredRetention,
                                 @RestForm String newCardsPerDay, @RestForm String timeZone) {
        try {
            profiles.update(currentUser.username(), new ProfileChange(displayName,
                    FormErrors.parseDouble("desiredRetention", desiredRetention),
                    FormErrors.parseInt("newCardsPerDay", newCardsPerDay), timeZone));
            return Response.seeOther(URI.create("/settings?flash=settings-saved")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.settings(profiles.profileOf(currentUser.username()),
                    zones(), FormErrors.of(e))).build();
        }
    }

    private static List<String> zones() {
        return List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).toList());
    }
}
