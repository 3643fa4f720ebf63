package org.tarikh.bank.transfer;

import java.util.Arrays;
import java.util.List;

/**
 * {@code $CATEGORY:} paths and Tarikh topics: a topic is the path's last segment. As in Moodle, a '/' inside a
 * category name is written "//".
 */
final class GiftCategory {

    private GiftCategory() {
    }

    /** The topic of a category path such as {@code $course$/History/Offices}; "general" when it names none. */
    static String topic(String path) {
        List<String> segments = Arrays.stream(path.split("(?<!/)/(?!/)"))
                .map(s -> s.replace("//", "/").strip())
                .filter(s -> !s.isEmpty())
                .toList();
        return segments.isEmpty() ? GiftBlocks.DEFAULT_TOPIC : segments.get(segments.size() - 1);
    }

    /** The category line's path for a topic. */
    static String path(String topic) {
        return topic.replace("/", "//");
    }
}
