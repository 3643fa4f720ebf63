package org.tarikh.problem;

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
import org.tarikh.account.Role;
import org.tarikh.failure.InvalidInput;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Flash;

/** The teachers' queue of open problem reports. */
@Path("/teach/problems")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
public class ProblemPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<ProblemService.QueuedProblem> problems, long refused, String error,
                                             String typed);
    }

    private final ProblemService problems;
    private final CurrentUser currentUser;

    ProblemPages(ProblemService problems, CurrentUser currentUser) {
        this.problems = problems;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance queue() {
        return Templates.queue(problems.openFor(currentUser.username()), -1, null, "");
    }

    @POST
    @Path("{id}/reply")
    public Response reply(@PathParam("id") long id, @RestForm String reply, @RestForm String close) {
        try {
            problems.reply(currentUser.username(), id, reply, close != null);
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.queue(problems.openFor(currentUser.username()), id,
                    e.getMessage(), reply == null ? "" : reply)).build();
        }
        return Flash.redirect("/teach/problems", "problem-answered");
    }

    @POST
    @Path("{id}/close")
    public Response close(@PathParam("id") long id) {
        problems.close(currentUser.username(), id);
        return Flash.redirect("/teach/problems", "problem-closed");
    }
}
