package org.tarikh.authoring;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.bank.format.QuestionValidator;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;
import org.tarikh.text.UnsafeText;
import org.tarikh.web.TextInput;

/** The fields of a new bank (created or copied), checked before anything is stored. */
public record NewBank(String slug, String title, String description) {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5_000;

    /** The title as stored: stripped, without bidi controls. */
    String cleanTitle() {
        return UnsafeText.withoutBidiControls(title).strip();
    }

    void check() {
        List<ErrorDetail> details = new ArrayList<>();
        if (slug == null || slug.isBlank()) {
            details.add(ErrorDetail.field("slug", "slug is required (a-z, 0-9 and '-', e.g. year-9-najibullah)."));
        } else if (!QuestionValidator.SLUG.matcher(slug).matches() || slug.length() > 64) {
            details.add(ErrorDetail.field("slug", "slug may use only a-z, 0-9 and '-' (at most 64), not '" + slug + "'."));
        }
        if (title == null || cleanTitle().isEmpty()) {
            details.add(ErrorDetail.field("title", "title is required."));
        } else {
            TextInput.name("title", title, MAX_TITLE, details);
        }
        TextInput.text("description", description, MAX_DESCRIPTION, details);
        if (!details.isEmpty()) {
            throw new InvalidInput("The bank cannot be created: "
                    + String.join(" ", details.stream().map(ErrorDetail::message).toList()), details);
        }
    }
}
