package org.tarikh.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where a question's answer rests, as shown after answering: {@code section} and {@code url} name the first cited
 * section (the shape older clients read), {@code sections} every cited section with its link.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceRef(String section, String url, List<SectionLink> sections) {

    public SourceRef {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** The sections a question cites, linked into the source at {@code sourceUrl} (which may be null). */
    public static SourceRef of(String sourceUrl, List<String> cited) {
        String first = cited.isEmpty() ? null : cited.get(0);
        return new SourceRef(first, SourceLinks.section(sourceUrl, first), SourceLinks.sections(sourceUrl, cited));
    }
}
