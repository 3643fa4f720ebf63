package org.tarikh.authoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.tarikh.account.Role;
import org.tarikh.bank.Bank;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.TooLarge;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.Flash;

/** Importing a file into a teacher's bank: paste or upload, see what would change, then confirm. */
@Path("/teach/banks/{slug}/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
public class ImportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importForm(Bank bank, List<TransferFormat> formats, String format, String text,
                                                  String error);

        static native TemplateInstance importPreview(Bank bank, TransferFormat format, String text, ImportPlan plan);
    }

    private final BankAuthoring authoring;
    private final BankTransfer transfer;
    private final CurrentUser currentUser;

    ImportPages(BankAuthoring authoring, BankTransfer transfer, CurrentUser currentUser) {
        this.authoring = authoring;
        this.transfer = transfer;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance form(@PathParam("slug") String slug) {
        Bank bank = authoring.owned(currentUser.username(), slug);
        return Templates.importForm(bank, List.of(TransferFormat.values()), TransferFormat.GIFT.code(), "", null);
    }

    /** Reads the pasted text or the uploaded file (the file wins) and shows what the import would do. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@PathParam("slug") String slug, @RestForm String format, @RestForm String text,
                            @RestForm("file") FileUpload file) {
        Bank bank = authoring.owned(currentUser.username(), slug);
        String content = text == null ? "" : text;
        try {
            content = file != null && file.size() > 0 ? read(file) : content;
            TransferFormat f = TransferFormat.of(format);
            if (content.isBlank()) {
                throw InvalidInput.of("text", "Paste the questions or choose a file first.");
            }
            ImportPlan plan = transfer.plan(currentUser.username(), slug, f, content);
            return Response.status(plan.isValid() ? 200 : 400).entity(Templates.importPreview(bank, f, content, plan)).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.importForm(bank, List.of(TransferFormat.values()), format,
                    content, e.getMessage())).build();
        }
    }

    /** Back to the form from a preview, with the text as it was, to fix it there. */
    @POST
    @Path("edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance edit(@PathParam("slug") String slug, @RestForm String format, @RestForm String text) {
        Bank bank = authoring.owned(currentUser.username(), slug);
        return Templates.importForm(bank, List.of(TransferFormat.values()),
                format == null ? TransferFormat.GIFT.code() : format, text == null ? "" : text, null);
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("slug") String slug, @RestForm String format, @RestForm String text) {
        Bank bank = authoring.owned(currentUser.username(), slug);
        TransferFormat f = TransferFormat.of(format);
        BankTransfer.Outcome outcome;
        try {
            outcome = transfer.apply(currentUser.username(), slug, f, text == null ? "" : text);
        } catch (InvalidInput e) {
            ImportPlan plan = transfer.plan(currentUser.username(), slug, f, text == null ? "" : text);
            return Response.status(400).entity(Templates.importPreview(bank, f, text, plan)).build();
        }
        return Flash.redirect("/teach/banks/" + slug, "imported", "added", outcome.imported(),
                "updated", outcome.updated(), "unchanged", outcome.unchanged());
    }

    private static String read(FileUpload file) {
        if (file.size() > BankTransfer.MAX_BYTES) {
            throw new TooLarge("The file is larger than 5 MB: split it into smaller files.");
        }
        try {
            return ImportText.decode(Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
