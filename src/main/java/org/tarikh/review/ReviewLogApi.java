package org.tarikh.review;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import org.tarikh.web.CurrentUser;

/**
 * {@code /api/v1/me/reviews.csv}: GET exports the caller's review log in the FSRS optimizer's CSV format (reviews made
 * here); POST imports one from elsewhere, kept apart and used only for fitting.
 */
@Path("/api/v1/me/reviews.csv")
@Authenticated
public class ReviewLogApi {

    private final FsrsFitService fits;
    private final CurrentUser currentUser;

    ReviewLogApi(FsrsFitService fits, CurrentUser currentUser) {
        this.fits = fits;
        this.currentUser = currentUser;
    }

    @GET
    @Produces("text/csv")
    public Response reviews() throws IOException {
        StringWriter csv = new StringWriter();
        fits.export(currentUser.id(), csv);
        return Response.ok(csv.toString()).header("Content-Disposition", "attachment; filename=\"reviews.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    /** Imports a review log from another app (e.g. Anki's, converted to this CSV) to fit the caller's FSRS weights. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public FsrsFitService.ImportedLog importLog(String csv) {
        return fits.importLog(currentUser.id(), csv);
    }
}
