package org.tarikh.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Links into the source: a heading's anchor, the page itself for the untitled introduction, every cited section in order. */
class SourceLinksTest {

    private static final String PAGE = "https://en.wikipedia.org/wiki/Mohammad_Najibullah";

    @Test
    void headingLinksToItsAnchorAndTheIntroductionToThePage() {
        assertEquals(PAGE + "#Under_Karmal:_1979%E2%80%931986", SourceLinks.section(PAGE, "Under Karmal: 1979–1986"));
        assertEquals(PAGE, SourceLinks.section(PAGE, "Introduction"));
    }

    @Test
    void sourceRefKeepsTheFirstSectionAndListsThemAll() {
        SourceRef ref = SourceRef.of(PAGE, List.of("Introduction", "A family"));
        assertEquals("Introduction", ref.section());
        assertEquals(PAGE, ref.url());
        assertEquals(List.of(new SectionLink("Introduction", PAGE), new SectionLink("A family", PAGE + "#A_family")),
                ref.sections());
    }
}
