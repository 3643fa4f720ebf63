package org.tarikh.authoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.account.Role;
import org.tarikh.bank.Bank;
import org.tarikh.bank.Question;
import org.tarikh.bank.format.LineMessage;
import org.tarikh.bank.format.QuestionMaps;
import org.tarikh.bank.transfer.ExportedFile;
import org.tarikh.failure.InvalidInput;
import org.tarikh.web.CurrentUser;

/** Teachers' changes to their banks over JSON: banks, questions (as new versions), import and export. */
@Path("/api/v1/banks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
public class AuthoringApi {

    /** A bank as created. */
    public record BankCreated(String slug, String title, String description, String owner, int questionCount,
                              boolean shared) {
        static BankCreated of(Bank b, int count) {
            return new BankCreated(b.slug, b.title, b.description, b.owner == null ? null : b.owner.username, count,
                    b.shared);
        }
    }

    /** The body of a copy (the new bank's slug and title) or of a change of title, description and sharing. */
    public record CopyRequest(String slug, String title, String description, Boolean shared) {
    }

    /**
     * An import's result, as API.md gives it, plus what was unchanged or skipped and the notes (what was converted
     * or left out, by line). With {@code dryRun} the counts say what the import would do; nothing was stored.
     */
    public record ImportResult(int imported, int updated, int unchanged, List<LineMessage> skipped,
                               List<LineMessage> notes, boolean dryRun) {
    }

    private final BankAuthoring authoring;
    private final QuestionAuthoring questions;
    private final BankTransfer transfer;
    private final CurrentUser currentUser;

    AuthoringApi(BankAuthoring authoring, QuestionAuthoring questions, BankTransfer transfer, CurrentUser currentUser) {
        this.authoring = authoring;
        this.questions = questions;
        this.transfer = transfer;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewBank body) {
        if (body == null) {
            throw InvalidInput.of("body", "Send the bank as JSON: {\"slug\", \"title\", \"description\"}.");
        }
        Bank bank = authoring.create(currentUser.username(), body);
        return Response.created(URI.create("/api/v1/banks/" + bank.slug)).entity(BankCreated.of(bank, 0)).build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BankCreated describe(@PathParam("slug") String slug, CopyRequest body) {
        if (body == null) {
            throw InvalidInput.of("body", "Send {\"title\", \"description\"}.");
        }
        Bank bank = authoring.describe(currentUser.username(), slug, body.title(), body.description(), body.shared());
        return BankCreated.of(bank, (int) Question.count("bank = ?1 and current = true and retiredAt is null", bank));
    }

    @POST
    @Path("{slug}/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response copy(@PathParam("slug") String slug, CopyRequest body) {
        if (body == null) {
            throw InvalidInput.of("body", "Send the new bank's slug and title as JSON.");
        }
        Bank bank = authoring.copy(currentUser.username(), slug,
                new NewBank(body.slug(), body.title(), body.description()));
        int count = (int) Question.count("bank = ?1 and current = true and retiredAt is null", bank);
        return Response.created(URI.create("/api/v1/banks/" + bank.slug)).entity(BankCreated.of(bank, count)).build();
    }

    @POST
    @Path("{slug}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("slug") String slug, Map<String, Object> body) {
        Map<String, Object> question = required(body);
        authoring.owned(currentUser.username(), slug); // a non-owner gets 403 before any word on the question's content
        Question q = questions.add(currentUser.username(), slug, QuestionJson.added(question));
        return Response.created(URI.create("/api/v1/banks/" + slug + "/questions/" + q.key)).entity(stored(q)).build();
    }

    @PUT
    @Path("{slug}/questions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("slug") String slug, @PathParam("id") String id, Map<String, Object> body) {
        Map<String, Object> question = required(body);
        authoring.owned(currentUser.username(), slug); // a non-owner gets 403 before any word on the question's content
        Integer baseVersion = QuestionJson.baseVersion(question);
        return stored(questions.save(currentUser.username(), slug, id, QuestionJson.edited(question, id), baseVersion));
    }

    @DELETE
    @Path("{slug}/questions/{id}")
    public Response retire(@PathParam("slug") String slug, @PathParam("id") String id) {
        questions.retire(currentUser.username(), slug, id);
        return Response.noContent().build();
    }

    @GET
    @Path("{slug}/export")
    @Produces({"application/yaml", MediaType.TEXT_PLAIN, "text/tab-separated-values", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("slug") String slug, @QueryParam("format") String format) {
        TransferFormat f = TransferFormat.of(format == null ? "yaml" : format);
        ExportedFile file = transfer.export(currentUser.username(), currentUser.teacher(), slug, f);
        return Response.ok(file.text(), f.mediaType() + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + f.fileName(slug) + "\"")
                .header("X-Tarikh-Skipped", file.skipped().size())
                .build();
    }

    @POST
    @Path("{slug}/import")
    @Consumes(MediaType.WILDCARD)
    public ImportResult importFile(@PathParam("slug") String slug, @QueryParam("format") String format,
                                   @QueryParam("dryRun") boolean dryRun, byte[] body) {
        TransferFormat f = TransferFormat.of(format);
        String text = ImportText.decode(body == null ? new byte[0] : body);
        BankTransfer.Outcome outcome = dryRun ? transfer.dryRun(currentUser.username(), slug, f, text)
                : transfer.apply(currentUser.username(), slug, f, text);
        return new ImportResult(outcome.imported(), outcome.updated(), outcome.unchanged(), outcome.skipped(),
                outcome.notes(), dryRun);
    }

    /** The stored question in the bank-file shape, with its version. */
    static Map<String, Object> stored(Question q) {
        Map<String, Object> out = new LinkedHashMap<>(QuestionMaps.toMap(q.spec()));
        out.put("version", q.version);
        out.put("retired", q.retiredAt != null);
        return out;
    }

    private static Map<String, Object> required(Map<String, Object> body) {
        if (body == null) {
            throw InvalidInput.of("body", "Send the question as JSON in the shape of docs/questions.md.");
        }
        return body;
    }
}
