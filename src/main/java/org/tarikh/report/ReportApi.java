package org.tarikh.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tarikh.account.Role;
import org.tarikh.web.CurrentUser;

/** A class's report for its teacher, as JSON or CSV. */
@Path("/api/v1/classes/{id}/report")
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
public class ReportApi {

    private final ClassReports reports;
    private final CurrentUser currentUser;

    ReportApi(ClassReports reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ClassReport report(@PathParam("id") long id) {
        return reports.report(currentUser.username(), id);
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id) {
        ClassReport report = reports.report(currentUser.username(), id);
        return Response.ok(ReportCsv.write(report), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"class-" + id + "-report.csv\"").build();
    }
}
