package org.tarikh.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tarikh.account.Role;
import org.tarikh.web.CurrentUser;

/** A class's report as a page: the students, then the item analysis with its flags. */
@Path("/classes/{id}/report")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
public class ReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ClassReport report);
    }

    private final ClassReports reports;
    private final CurrentUser currentUser;

    ReportPages(ClassReports reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance report(@PathParam("id") long id) {
        return Templates.report(reports.report(currentUser.username(), id));
    }

    /** {@code {flag.flagLabel}}: a flag code in words. */
    @TemplateExtension
    static String flagLabel(String flag) {
        return ItemFlags.label(flag);
    }
}
