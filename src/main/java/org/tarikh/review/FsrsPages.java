package org.tarikh.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.tarikh.failure.Conflict;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.TooLarge;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Flash;

/** The settings' "Fit my schedule to my reviews": fit and show the result, import a review log, or go back to the defaults. */
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

    /** An uploaded review log (the optimizer's CSV) replaces the previous import; errors name the line and column. */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importLog(@RestForm("file") FileUpload file) {
        try {
            fits.importLog(currentUser.id(), read(file));
            return Flash.redirect("/settings", "reviews-imported");
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.result(null, e.getMessage())).build();
        }
    }

    @POST
    @Path("defaults")
    public Response useDefaults() {
        fits.useDefaults(currentUser.id());
        return Flash.redirect("/settings", "fsrs-defaults");
    }

    private static String read(FileUpload file) {
        if (file == null || file.size() == 0) {
            throw InvalidInput.of("file", "Choose a review log file (CSV) first.");
        }
        if (file.size() > 10L * 1024 * 1024) {
            throw new TooLarge("The file is larger than 10 MB: keep the most recent reviews.");
        }
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw InvalidInput.of("file", "The file is not UTF-8 text: save it as UTF-8 and try again.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
