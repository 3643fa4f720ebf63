package org.tarikh.account;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.tarikh.web.Flash;

/** The admin's list of accounts, where roles are changed. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminPages {

    /** One row of the user list. */
    public record UserRow(String username, String displayName, String role, String joined) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserRow> users, List<String> roles);
    }

    private final AccountService accounts;

    AdminPages(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    public TemplateInstance users() {
        List<UserRow> rows = User.<User>listAll(Sort.by("username")).stream()
                .map(u -> new UserRow(u.username, u.displayName, u.role.code(), u.createdAt.toString().substring(0, 10)))
                .toList();
        return Templates.users(rows, List.of(Role.LEARNER_NAME, Role.TEACHER_NAME, Role.ADMIN_NAME));
    }

    @POST
    @Path("{username}/role")
    public Response changeRole(@PathParam("username") String username, @RestForm String role) {
        accounts.changeRole(username, role);
        return Flash.redirect("/admin/users", "role-changed", "user", username, "role", role);
    }
}
