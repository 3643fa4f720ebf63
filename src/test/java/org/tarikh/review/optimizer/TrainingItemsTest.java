package org.tarikh.review.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingItemsTest {

    private static final long DAY = 86_400_000L;
    private static final long MAY_1 = 1_682_899_200_000L; // 2023-05-01 00:00 UTC

    @Test
    void theStudyDayStartsAtFourInTheMorningUtc() {
        assertEquals(LocalDate.of(2023, 4, 30), TrainingItems.studyDay(MAY_1 + 3 * 3_600_000L + 3_599_999L, ZoneOffset.UTC));
        assertEquals(LocalDate.of(2023, 5, 1), TrainingItems.studyDay(MAY_1 + 4 * 3_600_000L, ZoneOffset.UTC));
        // 04:30 UTC is 00:30 in New York: still the study day before there
        assertEquals(LocalDate.of(2023, 4, 30), TrainingItems.studyDay(MAY_1 + 4 * 3_600_000L + 1_800_000L,
                java.time.ZoneId.of("America/New_York")));
    }

    @Test
    void sameDayReviewsStayInTheHistoryButMakeNoItem() {
        List<TrainingItem> items = TrainingItems.from(List.of(
                row("a", MAY_1 + 10 * 3_600_000L, 1, 0),
                row("a", MAY_1 + 10 * 3_600_000L + 600_000L, 3, 1),
                row("a", MAY_1 + DAY + 2 * 3_600_000L, 3, 2),      // 02:00 next day: still May 1st's study day
                row("a", MAY_1 + 3 * DAY + 9 * 3_600_000L, 2, 2)));
        assertEquals(1, items.size());
        assertArrayEquals(new int[] {1, 3, 3, 2}, items.get(0).ratings());
        assertArrayEquals(new int[] {0, 0, 0, 3}, items.get(0).deltaTs());
    }

    @Test
    void aCardStartsAgainAtItsLastLearningRunAndRowsMayComeInAnyOrder() {
        List<TrainingItem> items = TrainingItems.from(List.of(
                row("b", MAY_1 + 5 * DAY + 12 * 3_600_000L, 3, 2),
                row("b", MAY_1 + 12 * 3_600_000L, 3, 0),
                row("b", MAY_1 + 2 * DAY + 12 * 3_600_000L, 3, 2),
                row("b", MAY_1 + 4 * DAY + 12 * 3_600_000L, 4, 1),   // reset to learning
                row("c", MAY_1 + 12 * 3_600_000L, 3, 2)));           // no learning row: nothing
        assertEquals(1, items.size());
        assertArrayEquals(new int[] {4, 3}, items.get(0).ratings());
        assertArrayEquals(new int[] {0, 1}, items.get(0).deltaTs());
    }

    @Test
    void theSampleConvertsToTheItemCountOfFsrsRs() throws Exception {
        assertEquals(2736, TrainingItems.from(FsrsOptimizerTest.rows("sample.csv")).size());
    }

    @Test
    void columnsAreFoundByNameAndExtraColumnsIgnored() {
        List<RevlogRow> rows = RevlogCsv.read(new StringReader(
                "review_state,extra,review_rating,card_id,review_duration,review_time\n0,x,3,\"card,1\",500,1684193063231\n"));
        assertEquals(List.of(new RevlogRow("card,1", 1684193063231L, 3, 0, 2)), rows);
    }

    private static RevlogRow row(String card, long time, int rating, int state) {
        return new RevlogRow(card, time, rating, state, 0);
    }
}
