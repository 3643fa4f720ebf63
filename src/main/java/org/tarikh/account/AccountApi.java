package org.tarikh.account;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tarikh.failure.InvalidInput;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Paged;

/** Accounts over JSON: registration, the caller's own profile, and role changes by an admin. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountApi {

    /** What a new account asks for. */
    public record Registration(String username, String password, String displayName) {
    }

    /** An account as others may see it. */
    public record AccountSummary(String username, String role) {
        static AccountSummary of(User u) {
            return new AccountSummary(u.username, u.role.code());
        }
    }

    /** A role change. */
    public record RoleChange(String role) {
    }

    private final AccountService accounts;
    private final ProfileService profiles;
    private final CurrentUser currentUser;

    AccountApi(AccountService accounts, ProfileService profiles, CurrentUser currentUser) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/auth/register")
    @PermitAll
    public Response register(Registration body) {
        Registration r = body != null ? body : new Registration(null, null, null);
        User user = accounts.register(r.username(), r.password(), r.displayName());
        return Response.status(201).entity(AccountSummary.of(user)).build();
    }

    @GET
    @Path("/me")
    @Authenticated
    public Profile me() {
        return profiles.profileOf(currentUser.username());
    }

    @PATCH
    @Path("/me")
    @Authenticated
    public Profile updateMe(ProfileChange change) {
        if (change == null) {
            throw InvalidInput.of("body", "Send the fields to change as a JSON object.");
        }
        if (change.password() != null) {
            accounts.changePassword(currentUser.id(), change.currentPassword(), change.password(), currentUser.sessionId());
        }
        return profiles.update(currentUser.username(), change);
    }

    @GET
    @Path("/users")
    @RolesAllowed(Role.ADMIN_NAME)
    public Paged<AccountSummary> users(@QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("20") int size) {
        Paged.check(page, size);
        var query = User.findAll(io.quarkus.panache.common.Sort.by("username"));
        return new Paged<>(query.page(page, size).<User>list().stream().map(AccountSummary::of).toList(), query.count());
    }

    @PUT
    @Path("/users/{username}/role")
    @RolesAllowed(Role.ADMIN_NAME)
    public AccountSummary changeRole(@PathParam("username") String username, RoleChange body) {
        if (body == null || body.role() == null) {
            throw InvalidInput.of("role", "Give the new role: learner, teacher or admin.");
        }
        return AccountSummary.of(accounts.changeRole(username, body.role()));
    }
}
