package org.tarikh.readiness;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tarikh.web.CurrentUser;

/** A learner's own readiness for an assignment's due date, linked from the home page. */
@Path("/assignments/{assignmentId}/readiness")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MyReadinessPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(AssignmentReadiness readiness);
    }

    private final ReadinessService readiness;
    private final CurrentUser currentUser;

    MyReadinessPage(ReadinessService readiness, CurrentUser currentUser) {
        this.readiness = readiness;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance show(@PathParam("assignmentId") long assignmentId) {
        return Templates.show(readiness.assignmentForLearner(currentUser.username(), assignmentId));
    }
}
