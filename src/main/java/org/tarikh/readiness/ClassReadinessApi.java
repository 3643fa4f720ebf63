package org.tarikh.readiness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tarikh.account.Role;
import org.tarikh.web.CurrentUser;

/** The teacher's view: every member's readiness for an assignment's due date. */
@Path("/api/v1/classes/{id}/assignments/{assignmentId}/readiness")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
public class ClassReadinessApi {

    private final ReadinessService readiness;
    private final CurrentUser currentUser;

    ClassReadinessApi(ReadinessService readiness, CurrentUser currentUser) {
        this.readiness = readiness;
        this.currentUser = currentUser;
    }

    @GET
    public AssignmentReadiness get(@PathParam("id") long classId, @PathParam("assignmentId") long assignmentId) {
        return readiness.forTeacher(currentUser.username(), classId, assignmentId);
    }
}
