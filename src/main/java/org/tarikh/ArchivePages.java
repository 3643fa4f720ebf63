package org.tarikh;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes every page of the class-data archive's read-write part the process's own, before the JVM loads the app's
 * classes.
 *
 * <p>The JVM maps {@code app-cds.jsa} copy-on-write and, as it restores each archived class, writes to nearly all
 * of that part (38 of its 45 MB). It reads each page first, which maps it read-only, and the write that follows
 * must then withdraw that mapping from every core: on the paravirtualised machines this app is measured on, those
 * ten thousand flushes took about half a second of CPU per start. A page copied before it is read has nothing to
 * withdraw. The pages were resident already, so the process grows no larger.
 *
 * <p>One {@code madvise(MADV_POPULATE_WRITE)} per mapping (Linux 5.14 and later, through {@code libarchivepages.so},
 * which the build compiles from {@code src/main/c} where it has a C compiler) copies the pages inside the kernel:
 * 40 ms for 12,600 pages here. Where that call is not available it writes each page once instead, a page fault each
 * (170-500 ms): a compare-and-set of a word from zero to zero, which changes nothing even when the JVM writes the
 * same word at the same moment. Either way nothing in the archive changes. It runs only where
 * {@code /proc/self/maps} lists an archive's writable mapping (Linux), and only on JDK 17 to 22: JDK 23 deprecates
 * {@code Unsafe}'s memory access, JDK 24 warns when a native library is loaded, and from JDK 24 on, the AOT cache
 * that replaces the archive is not a {@code .jsa}.
 */
final class ArchivePages {

    /** How the pages were made the process's own, if they were. */
    enum Outcome {
        /** Nothing to do, or not done: no archive, another JVM, or switched off. */
        NONE,
        /** One {@code madvise} per mapping. */
        POPULATED,
        /** One write per page. */
        WRITTEN
    }

    private static final long PAGE = 4096;
    private static final String NATIVE_LIBRARY = "libarchivepages.so";

    private ArchivePages() {
    }

    /**
     * Switched off by {@code -Dtarikh.archive-pages.skip=true}; {@code -Dtarikh.archive-pages.page-by-page=true}
     * skips the {@code madvise} (both for comparisons).
     */
    static Outcome writeAhead() {
        if (Boolean.getBoolean("tarikh.archive-pages.skip") || Runtime.version().feature() > 22) {
            return Outcome.NONE;
        }
        try {
            List<long[]> ranges = writableArchiveRanges();
            if (ranges.isEmpty()) {
                return Outcome.NONE;
            }
            if (!Boolean.getBoolean("tarikh.archive-pages.page-by-page") && populate(ranges)) {
                return Outcome.POPULATED;
            }
            write(unsafe(), ranges);
            return Outcome.WRITTEN;
        } catch (IOException | ReflectiveOperationException | RuntimeException notLinuxOrNotThisJvm) {
            return Outcome.NONE; // the start is only slower
        }
    }

    /**
     * The archives' writable mappings, each as {start, end}, from /proc/self/maps. Read as bytes and cut by hand:
     * the interpreter took 40 ms to decode and split its 180 lines with a regular expression, against 10-16 ms so.
     */
    private static List<long[]> writableArchiveRanges() throws IOException {
        String maps = new String(Files.readAllBytes(Path.of("/proc/self/maps")), StandardCharsets.ISO_8859_1);
        List<long[]> ranges = new ArrayList<>();
        for (int end = maps.indexOf(".jsa\n"); end >= 0; end = maps.indexOf(".jsa\n", end + 1)) {
            int start = maps.lastIndexOf('\n', end) + 1;
            int dash = maps.indexOf('-', start);
            int space = maps.indexOf(' ', dash);
            if (maps.startsWith("rw-p ", space + 1)) {
                ranges.add(new long[] {Long.parseUnsignedLong(maps, start, dash, 16),
                        Long.parseUnsignedLong(maps, dash + 1, space, 16)});
            }
        }
        return ranges;
    }

    /** False where the library or the call is not available (nothing was then done, or only part of it). */
    private static boolean populate(List<long[]> ranges) {
        try {
            if (!loadNativeLibrary()) {
                return false;
            }
            for (long[] range : ranges) {
                if (populateWritable(range[0], range[1] - range[0]) != 0) {
                    return false; // EINVAL before Linux 5.14
                }
            }
            return true;
        } catch (IOException | URISyntaxException | LinkageError | SecurityException notAvailable) {
            return false;
        }
    }

    /** {@code madvise(address, length, MADV_POPULATE_WRITE)}: 0, or the call's errno. */
    private static native int populateWritable(long address, long length);

    private static boolean loadNativeLibrary() throws IOException, URISyntaxException {
        URL library = ArchivePages.class.getResource(NATIVE_LIBRARY);
        if (library == null) {
            return false; // built without a C compiler
        }
        if (library.getProtocol().equals("file")) {
            System.load(Path.of(library.toURI()).toString());
            return true;
        }
        // From the jar: the loader needs a file. Not Files.createTempFile, whose random name cost 60 ms of start-up
        // (the first SecureRandom); a name of this process's own, which must not exist yet.
        Path copy = Path.of(System.getProperty("java.io.tmpdir"),
                "tarikh-" + ProcessHandle.current().pid() + "-" + NATIVE_LIBRARY);
        try (InputStream in = library.openStream()) {
            Files.copy(in, copy);
        } catch (FileAlreadyExistsException notOurs) {
            return false;
        } catch (IOException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        try {
            System.load(copy.toString());
            return true;
        } finally {
            Files.delete(copy); // the loaded library stays mapped
        }
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
