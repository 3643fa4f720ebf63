package org.tarikh;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes once to every page of the class-data archive's read-write part, before the JVM loads the app's classes.
 *
 * <p>The JVM maps {@code app-cds.jsa} copy-on-write and, as it restores each archived class, writes to nearly all
 * of that part (38 of its 45 MB). It reads each page first, which maps it read-only, and the write that follows
 * must then withdraw that mapping from every core: on the paravirtualised machines this app is measured on, those
 * ten thousand flushes took about half a second of CPU per start. A page whose first touch is a write is copied in
 * one fault, with nothing to withdraw. The pages were resident already, so the process grows no larger.
 *
 * <p>Each write is a compare-and-set of a word from zero to zero: it changes nothing, even when the JVM writes the
 * same word at the same moment. It runs only where {@code /proc/self/maps} lists an archive's writable mapping
 * (Linux), and only on JDK 17 to 22: JDK 23 deprecates {@code Unsafe}'s memory access and JDK 24 warns when it is
 * used, and from JDK 24 on, the AOT cache that replaces the archive is not a {@code .jsa}.
 */
final class ArchivePages {

    private static final long PAGE = 4096;

    private ArchivePages() {
    }

    /** Returns the number of pages written: none where there is no archive, or the JVM is not one expected. */
    static long writeAhead() {
        if (Boolean.getBoolean("tarikh.archive-pages.skip") || Runtime.version().feature() > 22) {
            return 0;
        }
        try {
            List<long[]> ranges = writableArchiveRanges();
            long pages = ranges.stream().mapToLong(range -> (range[1] - range[0]) / PAGE).sum();
            if (pages == 0) {
                return 0;
            }
            write(unsafe(), ranges);
            return pages;
        } catch (IOException | ReflectiveOperationException | RuntimeException notLinuxOrNotThisJvm) {
            return 0; // the start is only slower
        }
    }

    /** The archives' writable mappings, each as {start, end}, from /proc/self/maps. */
    private static List<long[]> writableArchiveRanges() throws IOException {
        List<long[]> ranges = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            String[] field = line.trim().split("\\s+");
            if (field.length == 6 && field[1].equals("rw-p") && field[5].endsWith(".jsa")) {
                String[] range = field[0].split("-");
                ranges.add(new long[] {Long.parseUnsignedLong(range[0], 16), Long.parseUnsignedLong(range[1], 16)});
            }
        }
        return ranges;
    }

    private static void write(sun.misc.Unsafe unsafe, List<long[]> ranges) {
        for (long[] range : ranges) {
            for (long address = range[0]; address < range[1]; address += PAGE) {
                // A locked compare-and-set is a write whether or not it matches: the page's first fault is a write.
                unsafe.compareAndSwapLong(null, address, 0L, 0L);
            }
        }
    }

    private static sun.misc.Unsafe unsafe() throws ReflectiveOperationException {
        Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        return (sun.misc.Unsafe) field.get(null);
    }
}
