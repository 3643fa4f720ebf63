package org.tarikh.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curated folder's fingerprint follows every change a start must notice, and nothing else. */
class FolderFingerprintTest {

    @Test
    void theSameFilesGiveTheSameFingerprintWhereverTheFolderIs(@TempDir Path one, @TempDir Path two) throws IOException {
        for (Path dir : new Path[] {one, two}) {
            Files.writeString(dir.resolve("a.yaml"), "slug: a\n");
            Files.createDirectories(dir.resolve("more"));
            Files.writeString(dir.resolve("more/b.yml"), "slug: b\n");
        }
        assertEquals(FolderFingerprint.of(one), FolderFingerprint.of(two));
        assertTrue(FolderFingerprint.of(one).length() <= 64, "fits curated_load.fingerprint");
    }

    @Test
    void anEditARenameAnAddedFileAndAMovedLineEachChangeIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "slug: a\ntitle: A\n");
        Files.writeString(dir.resolve("b.yaml"), "slug: b\n");
        String original = FolderFingerprint.of(dir);

        Files.writeString(dir.resolve("a.yaml"), "slug: a\ntitle: B\n");
        String edited = FolderFingerprint.of(dir);
        assertNotEquals(original, edited, "one byte edited");

        Files.writeString(dir.resolve("a.yaml"), "slug: a\n");
        Files.writeString(dir.resolve("b.yaml"), "title: A\nslug: b\n");
        assertNotEquals(original, FolderFingerprint.of(dir), "the same bytes split differently between the files");

        Files.writeString(dir.resolve("a.yaml"), "slug: a\ntitle: A\n");
        Files.writeString(dir.resolve("b.yaml"), "slug: b\n");
        assertEquals(original, FolderFingerprint.of(dir), "back as it was");

        Files.move(dir.resolve("b.yaml"), dir.resolve("c.yaml"));
        assertNotEquals(original, FolderFingerprint.of(dir), "a file renamed");
        Files.move(dir.resolve("c.yaml"), dir.resolve("b.yaml"));

        Files.writeString(dir.resolve("d.yaml"), "");
        assertNotEquals(original, FolderFingerprint.of(dir), "an empty file added");
    }

    @Test
    void filesThatAreNotBanksDoNotCount(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "slug: a\n");
        String banks = FolderFingerprint.of(dir);
        Files.writeString(dir.resolve("README.md"), "notes\n");
        assertEquals(banks, FolderFingerprint.of(dir));
    }
}
