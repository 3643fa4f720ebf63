package org.tarikh.readiness;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tarikh.account.Role;
import org.tarikh.web.CurrentUser;

/** The teacher's page: every member's readiness for an assignment's due date, per topic. */
@Path("/classes/{id}/assignments/{assignmentId}/readiness")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
public class ClassReadinessPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(long classId, AssignmentReadiness readiness);
    }

    private final ReadinessService readiness;
    private final CurrentUser currentUser;

    ClassReadinessPage(ReadinessService readiness, CurrentUser currentUser) {
        this.readiness = readiness;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance show(@PathParam("id") long classId, @PathParam("assignmentId") long assignmentId) {
        return Templates.show(classId, readiness.forTeacher(currentUser.username(), classId, assignmentId));
    }
}
