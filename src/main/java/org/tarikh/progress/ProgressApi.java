package org.tarikh.progress;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tarikh.web.CurrentUser;

/** {@code GET /api/v1/me/progress}. */
@Path("/api/v1/me/progress")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ProgressApi {

    private final ProgressService progress;
    private final CurrentUser currentUser;

    ProgressApi(ProgressService progress, CurrentUser currentUser) {
        this.progress = progress;
        this.currentUser = currentUser;
    }

    @GET
    public Progress get() {
        return progress.of(currentUser.username());
    }
}
