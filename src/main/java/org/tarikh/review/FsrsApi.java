package org.tarikh.review;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tarikh.web.CurrentUser;

/** The caller's own FSRS weights: fitted to their review log, or back to the defaults. */
@Path("/api/v1/me/fsrs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FsrsApi {

    private final FsrsFitService fits;
    private final CurrentUser currentUser;

    FsrsApi(FsrsFitService fits, CurrentUser currentUser) {
        this.fits = fits;
        this.currentUser = currentUser;
    }

    @POST
    @Path("optimize")
    public FsrsFit optimize() {
        return fits.optimize(Learner.of(currentUser));
    }

    @DELETE
    public Response useDefaults() {
        fits.useDefaults(currentUser.id());
        return Response.noContent().build();
    }
}
