package org.tarikh.readiness;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tarikh.web.CurrentUser;

/** A learner's own readiness for an assignment of one of their classes. */
@Path("/api/v1/me/assignments/{assignmentId}/readiness")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyReadinessApi {

    private final ReadinessService readiness;
    private final CurrentUser currentUser;

    MyReadinessApi(ReadinessService readiness, CurrentUser currentUser) {
        this.readiness = readiness;
        this.currentUser = currentUser;
    }

    @GET
    public StudentReadiness get(@PathParam("assignmentId") long assignmentId) {
        return readiness.forLearner(currentUser.username(), assignmentId);
    }
}
