package org.tarikh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchivePagesTest {

    /** One writable mapping of a class-data archive, as /proc/self/smaps shows it. */
    record Mapping(String range, long sizeKb, long privateDirtyKb) {
    }

    @Test
    void everyPageOfTheArchivesWritablePartBecomesThisProcesssOwn() throws IOException {
        assumeTrue(Files.exists(Path.of("/proc/self/smaps")), "Linux only");
        assumeTrue(Runtime.version().feature() <= 22, "JDK 23 and later: left to their AOT cache");
        assumeTrue(!writableArchiveMappings().isEmpty(), "this JVM maps no class-data archive (-Xshare:off)");

        long pages = ArchivePages.writeAhead();

        List<Mapping> after = writableArchiveMappings();
        assertEquals(after.stream().mapToLong(Mapping::sizeKb).sum() / 4, pages, "one write per page");
        for (Mapping m : after) {
            assertEquals(m.sizeKb(), m.privateDirtyKb(), m.range() + ": every page copied for this process");
        }
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
