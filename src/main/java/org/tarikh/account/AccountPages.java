package org.tarikh.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.RestForm;
import org.tarikh.failure.InvalidInput;
import org.tarikh.signin.ApiTokens;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Flash;
import org.tarikh.web.FormErrors;

/** Registration and the learner's settings (study, password, API tokens), as pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(String username, String displayName, Map<String, String> errors);

        static native TemplateInstance settings(Profile profile, List<String> zones, Map<String, String> errors,
                                                List<ApiTokens.TokenInfo> tokens, ApiTokens.NewToken created);
    }

    private final AccountService accounts;
    private final ProfileService profiles;
    private final ApiTokens tokens;
    private final CurrentUser currentUser;

    AccountPages(AccountService accounts, ProfileService profiles, ApiTokens tokens, CurrentUser currentUser) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.tokens = tokens;
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
            return Flash.redirect("/login", "registered");
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.register(username, displayName, FormErrors.of(e))).build();
        } catch (org.tarikh.failure.Conflict e) {
            return Response.status(409).entity(Templates.register(username, displayName,
                    Map.of("username", e.getMessage()))).build();
        }
    }

    @GET
    @Path("settings")
    @Authenticated
    public TemplateInstance settings() {
        return settingsPage(Map.of(), null);
    }

    @POST
    @Path("settings")
    @Authenticated
    public Response saveSettings(@RestForm String displayName, @RestForm String desiredRetention,
                                 @RestForm String newCardsPerDay, @RestForm String timeZone) {
        try {
            profiles.update(currentUser.username(), ProfileChange.settings(displayName,
                    FormErrors.parseDouble("desiredRetention", desiredRetention),
                    FormErrors.parseInt("newCardsPerDay", newCardsPerDay), timeZone));
            return Flash.redirect("/settings", "settings-saved");
        } catch (InvalidInput e) {
            return Response.status(400).entity(settingsPage(FormErrors.of(e), null)).build();
        }
    }

    @POST
    @Path("settings/password")
    @Authenticated
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword) {
        try {
            accounts.changePassword(currentUser.id(), currentPassword, newPassword, currentUser.sessionId());
            return Flash.redirect("/settings", "password-changed");
        } catch (InvalidInput e) {
            return Response.status(400).entity(settingsPage(FormErrors.of(e), null)).build();
        }
    }

    @POST
    @Path("settings/tokens")
    @Authenticated
    public Response createToken(@RestForm String name) {
        try {
            // Shown on this page only, never in an address: the token's secret cannot be seen again.
            ApiTokens.NewToken created = tokens.create(currentUser.id(), name);
            return Response.ok(settingsPage(Map.of(), created)).header("Cache-Control", "no-store").build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(settingsPage(FormErrors.of(e), null)).build();
        }
    }

    @POST
    @Path("settings/tokens/{id}/revoke")
    @Authenticated
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(currentUser.id(), id);
        return Flash.redirect("/settings", "token-revoked");
    }

    private TemplateInstance settingsPage(Map<String, String> errors, ApiTokens.NewToken created) {
        return Templates.settings(profiles.profileOf(currentUser.username()), zones(), errors,
                tokens.list(currentUser.id()), created);
    }

    private static List<String> zones() {
        return List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).toList());
    }
}
