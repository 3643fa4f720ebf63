package org.tarikh.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GivenAnswerTest {

    @Test
    void nullPartsAreInvalidResponses() {
        assertThrows(InvalidResponse.class, () -> new GivenAnswer.Choices(null));
        assertThrows(InvalidResponse.class, () -> new GivenAnswer.Choices(new HashSet<>(Arrays.asList(1, null))));
        assertThrows(InvalidResponse.class, () -> new GivenAnswer.Text(null));
        assertThrows(InvalidResponse.class, () -> new GivenAnswer.Blanks(null));
        assertThrows(InvalidResponse.class, () -> new GivenAnswer.Blanks(Arrays.asList("a", null)));
        assertThrows(InvalidResponse.class, () -> new GivenAnswer.Ordering(null));
        assertThrows(InvalidResponse.class, () -> new GivenAnswer.Ordering(Arrays.asList(0, null)));
        assertThrows(InvalidResponse.class, () -> new GivenAnswer.Matching(null));
        Map<Integer, Integer> nullRight = new HashMap<>();
        nullRight.put(0, null);
        assertThrows(InvalidResponse.class, () -> new GivenAnswer.Matching(nullRight));
    }

    @Test
    void nonFiniteNumbersAreInvalidResponses() {
        InvalidResponse e = assertThrows(InvalidResponse.class, () -> new GivenAnswer.Numeric(Double.NaN));
        assertEquals("response.value: must be a finite number, not NaN", e.getMessage());
        assertThrows(InvalidResponse.class, () -> new GivenAnswer.Numeric(Double.POSITIVE_INFINITY));
    }

    @Test
    void responsesCopyWhatTheyAreGivenSoLaterChangesDoNotLeakIn() {
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
        GivenAnswer.Ordering ordering = new GivenAnswer.Ordering(order);
        order.set(0, 2);
        assertEquals(List.of(0, 1, 2), ordering.itemIndices());

        Set<Integer> picks = new HashSet<>(Set.of(1));
        GivenAnswer.Choices choices = new GivenAnswer.Choices(picks);
        picks.add(2);
        assertEquals(Set.of(1), choices.indices());
    }
}
