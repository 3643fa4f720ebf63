package org.tarikh.signin;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Paged;

/** The caller's API tokens: create (the secret is shown once), list (never the secret), revoke. */
@Path("/api/v1/me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class TokenApi {

    /** What a new token asks for. */
    public record TokenRequest(String name) {
    }

    private final ApiTokens tokens;
    private final CurrentUser currentUser;

    TokenApi(ApiTokens tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @POST
    public Response create(TokenRequest body) {
        ApiTokens.NewToken token = tokens.create(currentUser.id(), body == null ? null : body.name());
        return Response.status(201).entity(token).header("Cache-Control", "no-store").build();
    }

    @GET
    public Paged<ApiTokens.TokenInfo> list() {
        List<ApiTokens.TokenInfo> all = tokens.list(currentUser.id());
        return new Paged<>(all, all.size());
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(currentUser.id(), id);
        return Response.noContent().build();
    }
}
