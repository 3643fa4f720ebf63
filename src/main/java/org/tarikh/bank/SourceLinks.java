package org.tarikh.bank;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Links to a section of a bank's source, the way Wikipedia anchors its headings. */
public final class SourceLinks {

    /** The article's untitled lead, citable under this name; it has no heading, so it links to the page itself. */
    public static final String INTRODUCTION = "Introduction";

    private SourceLinks() {
    }

    /** {@code https://…/Mohammad_Najibullah#Under_Karmal:_1979%E2%80%931986}; the page itself when no section. */
    public static String section(String sourceUrl, String section) {
        if (sourceUrl == null || sourceUrl.isBlank()) {
            return null;
        }
        if (section == null || section.isBlank() || section.strip().equals(INTRODUCTION)) {
            return sourceUrl;
        }
        String anchor = URLEncoder.encode(section.strip().replace(' ', '_'), StandardCharsets.UTF_8).replace("%3A", ":");
        return sourceUrl + "#" + anchor;
    }

    /** Each cited section with its link, in the order cited. */
    public static List<SectionLink> sections(String sourceUrl, List<String> sections) {
        return sections.stream().map(s -> new SectionLink(s, section(sourceUrl, s))).toList();
    }
}
