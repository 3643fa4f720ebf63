package org.tarikh.cards;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.tarikh.review.Learner;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Flash;
import org.tarikh.web.NoStore;

/** The card browser: {@code /cards} to search, {@code /cards/{id}} for one card, its history and actions. */
@Path("/cards")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(CardList list);

        static native TemplateInstance card(CardInfo info, String back);
    }

    private final CardBrowser browser;
    private final CardChanges changes;
    private final CurrentUser currentUser;

    CardPages(CardBrowser browser, CardChanges changes, CurrentUser currentUser) {
        this.browser = browser;
        this.changes = changes;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("bank") String bank,
                                 @QueryParam("topic") String topic, @QueryParam("state") String state,
                                 @QueryParam("page") Integer page) {
        Learner learner = learner();
        CardSearch search = CardSearch.of(q, bank, topic, state, page, CardSearch.PAGE_SIZE);
        return Templates.list(new CardList(search, browser.search(learner, search), browser.banks(learner),
                browser.topics(learner, search.bank())));
    }

    @GET
    @Path("{id}")
    public Response card(@PathParam("id") long id, @QueryParam("back") String back) {
        // The back of the card is on this page: no cache may keep it.
        return NoStore.ok(Templates.card(browser.card(learner(), id), safeBack(back)));
    }

    @POST
    @Path("{id}/suspend")
    public Response suspend(@PathParam("id") long id, @RestForm String back) {
        changes.suspend(learner(), id);
        return done(id, "card-suspended", back);
    }

    @POST
    @Path("{id}/unsuspend")
    public Response unsuspend(@PathParam("id") long id, @RestForm String back) {
        changes.unsuspend(learner(), id);
        return done(id, "card-unsuspended", back);
    }

    @POST
    @Path("{id}/reset")
    public Response reset(@PathParam("id") long id, @RestForm String back) {
        changes.reset(learner(), id);
        return done(id, "card-reset", back);
    }

    private static Response done(long id, String flash, String back) {
        String list = safeBack(back);
        return list.equals("/cards") ? Flash.redirect("/cards/" + id, flash)
                : Flash.redirect("/cards/" + id, flash, "back", list);
    }

    /** Only a link to the card list may be followed back: never another site. */
    static String safeBack(String back) {
        return back != null && back.matches("/cards(\\?[\\w%.~+&=-]*)?") && back.length() <= 600 ? back : "/cards";
    }

    private Learner learner() {
        return Learner.of(currentUser);
    }
}
