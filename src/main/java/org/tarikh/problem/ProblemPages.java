package org.tarikh.problem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.tarikh.account.Role;
import org.tarikh.bank.SourceLinks;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.InvalidInput;

/** The learner's "report a problem" form target, and the teachers' queue of open reports. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ProblemPages {

    /** An open report with a link to its source section. */
    public record QueueRow(ProblemService.QueuedProblem problem, String sourceLink) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance thanks(String message, boolean ok);

        static native TemplateInstance queue(List<QueueRow> problems);
    }

    private final ProblemService problems;
    private final CurrentUser currentUser;

    ProblemPages(ProblemService problems, CurrentUser currentUser) {
        this.problems = problems;
        this.currentUser = currentUser;
    }

    /** htmx swaps in a thank-you note; a plain form goes back to the page it came from. */
    @POST
    @Path("problems")
    public Response report(@RestForm String bank, @RestForm String question, @RestForm String kind,
                           @RestForm String message, @RestForm String back, @HeaderParam("HX-Request") String htmx) {
        try {
            problems.report(currentUser.username(), bank, question, kind, message);
        } catch (InvalidInput e) {
            return Response.status(htmx != null ? 200 : 400).entity(Templates.thanks(e.getMessage(), false)).build();
        }
        if (htmx != null) {
            return Response.ok(Templates.thanks("Thank you: the bank's author will look at your report.", true)).build();
        }
        String to = back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/";
        return Response.seeOther(URI.create(to + (to.contains("?") ? "&" : "?") + "flash=problem-reported")).build();
    }

    @GET
    @Path("teach/problems")
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public TemplateInstance queue() {
        return Templates.queue(problems.openFor(currentUser.username()).stream()
                .map(p -> new QueueRow(p, problems.sourceUrl(p.bankSlug()) == null ? null
                        : SourceLinks.section(problems.sourceUrl(p.bankSlug()), p.section())))
                .toList());
    }

    @POST
    @Path("teach/problems/{id}/close")
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public Response close(@PathParam("id") long id) {
        problems.close(currentUser.username(), id);
        return Response.seeOther(URI.create("/teach/problems?flash=problem-closed")).build();
    }
}
