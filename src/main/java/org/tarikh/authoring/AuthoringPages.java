package org.tarikh.authoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.tarikh.account.Role;
import org.tarikh.bank.Bank;
import org.tarikh.bank.BankOverview;
import org.tarikh.bank.BankService;
import org.tarikh.bank.Question;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.failure.Conflict;
import org.tarikh.failure.InvalidInput;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Flash;
import org.tarikh.web.FormErrors;

/** The teacher's pages: their banks, the question editor with live preview, and bank creation and copying. */
@Path("/teach")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
public class AuthoringPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<BankOverview> mine, List<BankOverview> curated,
                                                 Map<String, String> values, Map<String, String> errors);

        static native TemplateInstance bank(BankOverview overview, List<Question> questions, QuestionFilter filter,
                                            List<String> topics, int all);

        static native TemplateInstance editor(EditorView view, QuestionPreview preview);

        static native TemplateInstance editor$area(EditorView view, QuestionPreview preview);

        static native TemplateInstance preview(QuestionPreview preview);
    }

    private final BankService banks;
    private final BankAuthoring authoring;
    private final QuestionAuthoring questions;
    private final AuthoringQueries queries;
    private final CurrentUser currentUser;

    AuthoringPages(BankService banks, BankAuthoring authoring, QuestionAuthoring questions, AuthoringQueries queries,
                   CurrentUser currentUser) {
        this.banks = banks;
        this.authoring = authoring;
        this.questions = questions;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /** The teacher's banks; {@code ?copyFrom=slug} (from a curated bank's page) preselects the bank to copy. */
    @GET
    public TemplateInstance dashboard(@QueryParam("copyFrom") String copyFrom) {
        return dashboardWith(copyFrom == null ? Map.of() : values("", "", "", copyFrom), Map.of());
    }

    @POST
    @Path("banks")
    public Response createBank(@RestForm String slug, @RestForm String title, @RestForm String description,
                               @RestForm String copyFrom) {
        NewBank form = new NewBank(slug, title, description);
        try {
            Bank bank = copyFrom == null || copyFrom.isBlank() ? authoring.create(currentUser.username(), form)
                    : authoring.copy(currentUser.username(), copyFrom, form);
            return Flash.redirect("/teach/banks/" + bank.slug, "bank-created");
        } catch (InvalidInput e) {
            return Response.status(400).entity(dashboardWith(values(slug, title, description, copyFrom),
                    forForm(FormErrors.of(e), copyFrom))).build();
        } catch (Conflict e) {
            return Response.status(409).entity(dashboardWith(values(slug, title, description, copyFrom),
                    forForm(Map.of("slug", e.getMessage()), copyFrom))).build();
        }
    }

    @GET
    @Path("banks/{slug}")
    public TemplateInstance bank(@PathParam("slug") String slug, @QueryParam("q") String q,
                                 @QueryParam("type") String type, @QueryParam("topic") String topic) {
        Bank bank = authoring.owned(currentUser.username(), slug);
        List<Question> all = Question.listCurrent(bank);
        QuestionFilter filter = QuestionFilter.of(q, type, topic);
        return Templates.bank(banks.overview(bank), filter.apply(all), filter, queries.topics(bank), all.size());
    }

    @GET
    @Path("banks/{slug}/new")
    public TemplateInstance newQuestion(@PathParam("slug") String slug, @QueryParam("type") String type) {
        Bank bank = authoring.owned(currentUser.username(), slug);
        QuestionDraft draft = QuestionDraft.blank(QuestionType.fromCode(type == null ? "" : type).orElse(QuestionType.SINGLE));
        return Templates.editor(EditorView.of(bank, draft, queries.topics(bank)), null);
    }

    @GET
    @Path("banks/{slug}/questions/{key}/edit")
    public TemplateInstance edit(@PathParam("slug") String slug, @PathParam("key") String key) {
        Bank bank = authoring.owned(currentUser.username(), slug);
        Question q = questions.current(bank, key);
        QuestionDraft draft = DraftFromSpec.of(q.spec(), q.version);
        return Templates.editor(EditorView.of(bank, draft, queries.topics(bank)), QuestionPreview.of(draft));
    }

    /**
     * The editor's one form target. With {@code op} (add a choice, move an item, change type, ...) it shows the
     * form again, changed; without, it saves. htmx swaps only the editor; without JavaScript the page reloads.
     */
    @POST
    @Path("banks/{slug}/editor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response editor(@PathParam("slug") String slug, @HeaderParam("HX-Request") String htmx,
                           MultivaluedMap<String, String> posted) {
        Bank bank = authoring.owned(currentUser.username(), slug);
        QuestionDraft draft = DraftFromForm.read(posted);
        String button = posted.getFirst("op");
        if (button == null || button.isBlank()) {
            return save(bank, draft, htmx);
        }
        EditorOperation op = EditorOperationParser.parse(button, posted.getFirst("retype"));
        EditorView view = EditorView.of(bank, op.applyTo(draft), queries.topics(bank));
        return Response.ok(htmx != null ? Templates.editor$area(view, null) : Templates.editor(view, null)).build();
    }

    /** Saves the draft, or shows it again: with the validator's messages (400), or after a stale edit (409). */
    private Response save(Bank bank, QuestionDraft typed, String htmx) {
        QuestionDraft draft = typed;
        QuestionPreview preview = QuestionPreview.of(draft);
        if (!preview.valid()) {
            EditorView view = EditorView.of(bank, draft, queries.topics(bank)).withErrors(preview.errors());
            return Response.status(400).entity(Templates.editor(view, preview)).build();
        }
        if (draft.isNew() && draft.id().isBlank()) {
            // An id made from the words must not collide with one the bank has: a second "Fill in the blanks." cloze.
            draft = draft.withId(questions.freeId(bank, draft.derivedId()));
            preview = QuestionPreview.of(draft);
        }
        try {
            if (draft.isNew()) {
                questions.add(currentUser.username(), bank.slug, preview.question());
            } else {
                QuestionSpec before = questions.current(bank, draft.id()).spec();
                questions.save(currentUser.username(), bank.slug, draft.id(), EditorKeeps.keep(before, preview.question()),
                        draft.baseVersion());
            }
        } catch (Conflict e) {
            EditorView view = EditorView.of(bank, draft, queries.topics(bank)).withConflict(e.getMessage());
            return Response.status(409).entity(Templates.editor(view, preview)).build();
        }
        URI back = Flash.to("/teach/banks/" + bank.slug + "#q-" + preview.question().id(), "question-saved");
        return htmx != null ? Response.ok().header("HX-Redirect", back.toString()).build() : Response.seeOther(back).build();
    }

    @POST
    @Path("banks/{slug}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance preview(@PathParam("slug") String slug, MultivaluedMap<String, String> posted) {
        authoring.owned(currentUser.username(), slug);
        QuestionDraft draft = DraftFromForm.read(posted);
        // A form just opened has nothing to check yet: no list of what is missing before the teacher starts.
        return Templates.preview(draft.untouched() ? null : QuestionPreview.of(draft));
    }

    @POST
    @Path("banks/{slug}/details")
    public Response describe(@PathParam("slug") String slug, @RestForm String title, @RestForm String description,
                             @RestForm String shared) {
        authoring.describe(currentUser.username(), slug, title, description, "on".equals(shared));
        return Flash.redirect("/teach/banks/" + slug, "bank-saved");
    }

    @POST
    @Path("banks/{slug}/questions/{key}/retire")
    public Response retire(@PathParam("slug") String slug, @PathParam("key") String key) {
        questions.retire(currentUser.username(), slug, key);
        return Flash.redirect("/teach/banks/" + slug, "question-retired");
    }

    @POST
    @Path("banks/{slug}/questions/{key}/restore")
    public Response restore(@PathParam("slug") String slug, @PathParam("key") String key) {
        questions.restore(currentUser.username(), slug, key);
        return Flash.redirect("/teach/banks/" + slug + "#q-" + key, "question-restored");
    }

    private TemplateInstance dashboardWith(Map<String, String> values, Map<String, String> errors) {
        List<BankOverview> all = banks.overviews();
        String me = currentUser.username();
        List<BankOverview> mine = all.stream().filter(o -> me.equals(o.owner())).toList();
        List<BankOverview> curated = all.stream().filter(o -> o.bank().curated()).toList();
        return Templates.dashboard(mine, curated, values, errors);
    }

    /** The dashboard has two forms with the same fields: a copy's values and errors are kept apart ("copy-..."). */
    private static Map<String, String> values(String slug, String title, String description, String copyFrom) {
        boolean copy = copyFrom != null && !copyFrom.isBlank();
        String prefix = copy ? "copy-" : "";
        return Map.of(prefix + "slug", slug == null ? "" : slug, prefix + "title", title == null ? "" : title,
                "description", description == null || copy ? "" : description, "copyFrom", copy ? copyFrom : "");
    }

    private static Map<String, String> forForm(Map<String, String> errors, String copyFrom) {
        if (copyFrom == null || copyFrom.isBlank()) {
            return errors;
        }
        Map<String, String> copy = new java.util.LinkedHashMap<>();
        errors.forEach((field, message) -> copy.put("copy-" + field, message));
        return copy;
    }
}
