package org.tarikh.quiz;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

/**
 * Draws the opaque ids and the shown order for one question of one attempt, so that no id, order or
 * position tells the answer: choices and items are shuffled, and so is the right side of a match.
 */
final class DeliveryFactory {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int ID_LENGTH = 8;
    private final Random random;

    DeliveryFactory() {
        this(new SecureRandom());
    }

    DeliveryFactory(Random random) {
        this.random = random;
    }

    Delivery deliver(QuestionSpec q) {
        Set<String> used = new HashSet<>();
        Body b = q.body();
        return switch (b.type()) {
            case SINGLE -> new Delivery(shuffled(((Body.Single) b).choices().size(), false, used), List.of(), List.of(), List.of());
            case MULTI -> new Delivery(shuffled(((Body.Multi) b).choices().size(), false, used), List.of(), List.of(), List.of());
            // An order question shown in its right order would give itself away: never show it so.
            case ORDER -> new Delivery(List.of(), shuffled(((Body.Order) b).items().size(), true, used), List.of(), List.of());
            case MATCH -> {
                Body.Match match = (Body.Match) b;
                yield new Delivery(List.of(), List.of(), inOrder(match.pairs().size(), used),
                        shuffled(match.rightCount(), true, used));
            }
            default -> Delivery.none();
        };
    }

    /** One opaque question id per question of an attempt, all different. */
    List<String> questionIds(int n) {
        Set<String> used = new HashSet<>();
        return IntStream.range(0, n).mapToObj(i -> freshId(used)).toList();
    }

    private List<Delivery.Option> inOrder(int n, Set<String> used) {
        return IntStream.range(0, n).mapToObj(i -> new Delivery.Option(freshId(used), i)).toList();
    }

    private List<Delivery.Option> shuffled(int n, boolean neverAuthoredOrder, Set<String> used) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        do {
            Collections.shuffle(order, random);
        } while (neverAuthoredOrder && n > 1 && isIdentity(order));
        return order.stream().map(i -> new Delivery.Option(freshId(used), i)).toList();
    }

    private static boolean isIdentity(List<Integer> order) {
        return IntStream.range(0, order.size()).allMatch(i -> order.get(i) == i);
    }

    private String freshId(Set<String> used) {
        String id;
        do {
            StringBuilder sb = new StringBuilder(ID_LENGTH);
            for (int i = 0; i < ID_LENGTH; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            id = sb.toString();
        } while (!used.add(id));
        return id;
    }
}
