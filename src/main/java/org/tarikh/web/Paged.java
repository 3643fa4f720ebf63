package org.tarikh.web;

import java.util.List;
import org.tarikh.failure.InvalidInput;

/** A page of a list, as every list of the API answers it. */
public record Paged<T>(List<T> items, long total) {

    public static final int MAX_SIZE = 100;

    /** Checks {@code ?page=&size=}: page from 0, size 1 to 100, and the page's first row a number SQL can take. */
    public static void check(long page, long size) {
        if (page < 0) {
            throw InvalidInput.of("page", "page must be 0 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInput.of("size", "size must be between 1 and " + MAX_SIZE + ".");
        }
        if (page * size > Integer.MAX_VALUE) {
            throw InvalidInput.of("page", "page " + page + " is past the end of any list.");
        }
    }
}
