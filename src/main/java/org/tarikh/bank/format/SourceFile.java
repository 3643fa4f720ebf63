package org.tarikh.bank.format;

import java.util.List;

/** A subject folder's {@code source.yaml}: the source every bank in the folder cites, and its real section headings. */
public record SourceFile(String title, String url, String license, String attribution, List<String> sections) {

    public SourceFile {
        sections = List.copyOf(sections);
    }
}
