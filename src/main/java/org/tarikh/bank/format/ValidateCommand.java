package org.tarikh.bank.format;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tarikh.bank.content.QuestionType;

/**
 * {@code validate [folder...]}: checks question folders (default {@code questions}) and prints every error, then
 * every item-writing warning. Only errors make it fail.
 */
public final class ValidateCommand {

    private static final String USAGE = "usage: validate [folder...]   (default: questions)";

    private ValidateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** 0 when every file is valid (warnings or not), 1 when there are errors, 2 for a usage error (such as a missing folder). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.stream().anyMatch(a -> a.startsWith("-"))) {
            err.println(USAGE);
            return 2;
        }
        List<String> folders = args.isEmpty() ? List.of("questions") : args;
        for (String folder : folders) {
            if (!Files.isDirectory(Path.of(folder))) {
                err.println("no such folder: " + folder);
                err.println(USAGE);
                return 2;
            }
        }
        int files = 0;
        int errors = 0;
        int warnings = 0;
        Map<QuestionType, Integer> counts = new TreeMap<>();
        for (String folder : folders) {
            BankCollection collection;
            try {
                collection = new BankFolderReader().read(Path.of(folder));
            } catch (IOException e) {
                err.println("cannot read " + folder + ": " + e.getMessage());
                return 2;
            }
            collection.errors().forEach(out::println);
            collection.warnings().forEach(out::println);
            files += collection.fileCount();
            errors += collection.errors().size();
            warnings += collection.warnings().size();
            collection.questionCounts().forEach((type, n) -> counts.merge(type, n, Integer::sum));
        }
        out.println(summary(files, counts, errors, warnings));
        return errors == 0 ? 0 : 1;
    }

    static String summary(int files, Map<QuestionType, Integer> counts, int errors, int warnings) {
        int questions = counts.values().stream().mapToInt(Integer::intValue).sum();
        String byType = counts.entrySet().stream().map(e -> e.getKey().code() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return plural(files, "file") + ", " + plural(questions, "question") + (byType.isEmpty() ? "" : " (" + byType + ")")
                + ", " + plural(errors, "error") + (warnings == 0 ? "" : ", " + plural(warnings, "warning"));
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
