package org.tarikh.problem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.tarikh.failure.InvalidInput;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Flash;

/**
 * The reporter's side of problem reports: the target of the "report a problem" form under every answered question,
 * and "My reports" with the teachers' replies. The teachers' queue is {@link ProblemPages}.
 */
@Path("/problems")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MyProblemPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance thanks(String message, boolean ok, String bank, String question, String back);

        static native TemplateInstance mine(List<ProblemService.OwnProblem> problems);
    }

    private final ProblemService problems;
    private final CurrentUser currentUser;

    MyProblemPages(ProblemService problems, CurrentUser currentUser) {
        this.problems = problems;
        this.currentUser = currentUser;
    }

    /** The learner's own reports with the teachers' replies. */
    @GET
    public TemplateInstance mine() {
        return Templates.mine(problems.filedBy(currentUser.username()));
    }

    /** htmx swaps in a thank-you note; a plain form goes back to the page it came from. */
    @POST
    public Response report(@RestForm String bank, @RestForm String question, @RestForm String kind,
                           @RestForm String message, @RestForm String back, @HeaderParam("HX-Request") String htmx) {
        // Worked out first: a request that fails must not have stored the report.
        URI after = afterReport(back);
        try {
            problems.report(currentUser.username(), bank, question, kind, message);
        } catch (InvalidInput e) {
            return Response.status(htmx != null ? 200 : 400).entity(Templates.thanks(e.getMessage(), false, bank, question, back)).build();
        }
        if (htmx != null) {
            return Response.ok(Templates.thanks("Thank you: the bank's author will look at your report.", true, bank, question, back)).build();
        }
        return Response.seeOther(after).build();
    }

    /** Back to the page the form was on (a path of this site only), with the thank-you flash. */
    static URI afterReport(String back) {
        String to = back != null && back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\") ? back : "/";
        try {
            return Flash.to(to, "problem-reported");
        } catch (IllegalArgumentException notAnAddress) {
            return Flash.to("/", "problem-reported");
        }
    }
}
