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

class ResponseTest {

    @Test
    void nullPartsAreInvalidResponses() {
        assertThrows(InvalidResponse.class, () -> new Response.Choices(null));
        assertThrows(InvalidResponse.class, () -> new Response.Choices(new HashSet<>(Arrays.asList(1, null))));
        assertThrows(InvalidResponse.class, () -> new Response.Text(null));
        assertThrows(InvalidResponse.class, () -> new Response.Blanks(null));
        assertThrows(InvalidResponse.class, () -> new Response.Blanks(Arrays.asList("a", null)));
        assertThrows(InvalidResponse.class, () -> new Response.Ordering(null));
        assertThrows(InvalidResponse.class, () -> new Response.Ordering(Arrays.asList(0, null)));
        assertThrows(InvalidResponse.class, () -> new Response.Matching(null));
        Map<Integer, Integer> nullRight = new HashMap<>();
        nullRight.put(0, null);
        assertThrows(InvalidResponse.class, () -> new Response.Matching(nullRight));
    }

    @Test
    void nonFiniteNumbersAreInvalidResponses() {
        InvalidResponse e = assertThrows(InvalidResponse.class, () -> new Response.Number(Double.NaN));
        assertEquals("response.value: must be a finite number, not NaN", e.getMessage());
        assertThrows(InvalidResponse.class, () -> new Response.Number(Double.POSITIVE_INFINITY));
    }

    @Test
    void responsesCopyWhatTheyAreGivenSoLaterChangesDoNotLeakIn() {
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
        Response.Ordering ordering = new Response.Ordering(order);
        order.set(0, 2);
        assertEquals(List.of(0, 1, 2), ordering.itemIndices());

        Set<Integer> picks = new HashSet<>(Set.of(1));
        Response.Choices choices = new Response.Choices(picks);
        picks.add(2);
        assertEquals(Set.of(1), choices.indices());
    }
}
