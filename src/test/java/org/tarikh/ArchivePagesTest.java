package org.tarikh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ArchivePagesTest {

    /** One writable mapping of a class-data archive, as /proc/self/smaps shows it. */
    record Mapping(String range, long sizeKb, long privateDirtyKb) {
    }

    @Test
    void oneCallPerMappingMakesEveryPageOfTheArchivesWritablePartThisProcesssOwn() throws IOException {
        assumeArchiveMapped();
        assumeTrue(kernelAtLeast(5, 14), "MADV_POPULATE_WRITE came with Linux 5.14");
        assumeTrue(ArchivePages.class.getResource("libarchivepages.so") != null, "built without a C compiler");

        assertEquals(ArchivePages.Outcome.POPULATED, ArchivePages.writeAhead());

        assertEveryPageOwn(writableArchiveMappings());
    }

    @Test
    void withoutTheCallEachPageIsWrittenOnceInstead() throws Exception {
        assumeArchiveMapped();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtarikh.archive-pages.page-by-page=true", "-cp", System.getProperty("java.class.path"),
                PageByPage.class.getName()).redirectErrorStream(true).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM ended");
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();

        assertEquals(0, child.exitValue(), out);
        String[] field = out.split(" "); // outcome, pages the JVM had copied itself, pages, whether all are own now
        assertEquals("WRITTEN", field[0], out);
        assertTrue(Long.parseLong(field[1]) < Long.parseLong(field[2]), "some pages were left to copy: " + out);
        assertEquals("true", field[3], "every page copied for the child: " + out);
    }

    /** Run in a JVM of its own, since a page once copied stays copied: prints the outcome, then what it did. */
    public static final class PageByPage {
        public static void main(String[] args) throws IOException {
            long ownBefore = writableArchiveMappings().stream().mapToLong(Mapping::privateDirtyKb).sum() / 4;
            ArchivePages.Outcome outcome = ArchivePages.writeAhead();
            List<Mapping> after = writableArchiveMappings();
            long pages = after.stream().mapToLong(Mapping::sizeKb).sum() / 4;
            boolean allOwn = after.stream().allMatch(m -> m.sizeKb() == m.privateDirtyKb());
            System.out.println(outcome + " " + ownBefore + " " + pages + " " + allOwn);
        }
    }

    private static void assumeArchiveMapped() throws IOException {
        assumeTrue(Files.exists(Path.of("/proc/self/smaps")), "Linux only");
        assumeTrue(Runtime.version().feature() <= 22, "JDK 23 and later: left to their AOT cache");
        assumeTrue(!writableArchiveMappings().isEmpty(), "this JVM maps no class-data archive (-Xshare:off)");
    }

    private static void assertEveryPageOwn(List<Mapping> mappings) {
        assertFalse(mappings.isEmpty());
        for (Mapping m : mappings) {
            assertEquals(m.sizeKb(), m.privateDirtyKb(), m.range() + ": every page copied for this process");
        }
    }

    private static boolean kernelAtLeast(int major, int minor) {
        String[] version = System.getProperty("os.version").split("[.-]");
        int actualMajor = Integer.parseInt(version[0]);
        return actualMajor > major || actualMajor == major && Integer.parseInt(version[1]) >= minor;
    }

    private static List<Mapping> writableArchiveMappings() throws IOException {
        List<Mapping> found = new ArrayList<>();
        String range = null;
        long size = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 5 && f[0].contains("-") && !f[0].endsWith(":")) {
                range = f.length == 6 && f[1].equals("rw-p") && f[5].endsWith(".jsa") ? f[0] : null;
            } else if (range != null && f[0].equals("Size:")) {
                size = Long.parseLong(f[1]);
            } else if (range != null && f[0].equals("Private_Dirty:")) {
                found.add(new Mapping(range, size, Long.parseLong(f[1])));
            }
        }
        return found;
    }
}
