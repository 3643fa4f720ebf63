package org.tarikh.bank;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links to a section of a bank's source, the way Wikipedia anchors its headings. */
public final class SourceLinks {

    private SourceLinks() {
    }

    /** {@code https://…/Mohammad_Najibullah#Under_Karmal:_1979%E2%80%931986}; the page itself when no section. */
    public static String section(String sourceUrl, String section) {
        if (sourceUrl == null || sourceUrl.isBlank()) {
            return null;
        }
        if (section == null || section.isBlank()) {
            return sourceUrl;
        }
        String anchor = URLEncoder.encode(section.strip().replace(' ', '_'), StandardCharsets.UTF_8).replace("%3A", ":");
        return sourceUrl + "#" + anchor;
    }
}
