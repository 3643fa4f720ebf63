package org.tarikh.quiz;

import java.util.List;
import java.util.Optional;

/**
 * How one question was shown in one attempt: every choice, item and side of a match got a fresh opaque id,
 * listed in the order shown, with the index it has in the question as authored. Stored with the attempt item,
 * never sent as it is.
 */
public record Delivery(List<Option> choices, List<Option> items, List<Option> left, List<Option> right) {

    /** An opaque id and the authored index it stands for. */
    public record Option(String id, int index) {
    }

    public static Delivery none() {
        return new Delivery(List.of(), List.of(), List.of(), List.of());
    }

    static Optional<Integer> indexOf(List<Option> options, String id) {
        return options.stream().filter(o -> o.id().equals(id)).map(Option::index).findFirst();
    }

}
