package org.tarikh.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.tarikh.web.Conflict;
import org.tarikh.web.CurrentUser;

/** The settings' "Fit my schedule to my reviews": fit and show the result, or go back to the defaults. */
@Path("/settings/fsrs")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class FsrsPages {

    @CheckedTemplate
    static class Templates {
        /** @param fit null when there were too few reviews; then {@code refusal} says how many are needed */
        static native TemplateInstance result(FsrsFit fit, String refusal);
    }

    private final FsrsFitService fits;
    private final CurrentUser currentUser;

    FsrsPages(FsrsFitService fits, CurrentUser currentUser) {
        this.fits = fits;
        this.currentUser = currentUser;
    }

    @POST
    @Path("optimize")
    public Response optimize() {
        try {
            return Response.ok(Templates.result(fits.optimize(Learner.of(currentUser)), null)).build();
        } catch (Conflict e) {
            return Response.status(409).entity(Templates.result(null, e.getMessage())).build();
        }
    }

    @POST
    @Path("defaults")
    public Response useDefaults() {
        fits.useDefaults(currentUser.id());
        return Response.seeOther(URI.create("/settings?flash=fsrs-defaults")).build();
    }
}
