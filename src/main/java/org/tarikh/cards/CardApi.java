package org.tarikh.cards;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tarikh.review.Learner;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.NoStore;
import org.tarikh.web.Paged;

/** The card browser over JSON: search the caller's cards, read one with its history, suspend, unsuspend, reset. */
@Path("/api/v1/cards")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CardApi {

    private final CardBrowser browser;
    private final CardChanges changes;
    private final CurrentUser currentUser;

    CardApi(CardBrowser browser, CardChanges changes, CurrentUser currentUser) {
        this.browser = browser;
        this.changes = changes;
        this.currentUser = currentUser;
    }

    @GET
    public Paged<CardRow> search(@QueryParam("q") String q, @QueryParam("bank") String bank,
                                 @QueryParam("topic") String topic, @QueryParam("state") String state,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return browser.search(learner(), CardSearch.of(q, bank, topic, state, page, size == null ? 20 : size));
    }

    @GET
    @Path("{id}")
    public Response card(@PathParam("id") long id) {
        return NoStore.ok(browser.card(learner(), id));
    }

    @POST
    @Path("{id}/suspend")
    public Response suspend(@PathParam("id") long id) {
        changes.suspend(learner(), id);
        return card(id);
    }

    @POST
    @Path("{id}/unsuspend")
    public Response unsuspend(@PathParam("id") long id) {
        changes.unsuspend(learner(), id);
        return card(id);
    }

    @POST
    @Path("{id}/reset")
    public Response reset(@PathParam("id") long id) {
        changes.reset(learner(), id);
        return card(id);
    }

    private Learner learner() {
        return Learner.of(currentUser);
    }
}
