package org.tarikh;

import java.util.Arrays;
import java.util.List;

/** Command-line tools run by {@link TarikhMain} instead of the server. */
final class Commands {

    private Commands() {
    }

    /** {@code validate [folder...]}: checks question bank files; 0 when valid, 1 on errors, 2 on misuse. */
    static int validate(String[] args) {
        List<String> folders = Arrays.asList(args).subList(1, args.length);
        return org.tarikh.bank.format.ValidateCommand.run(folders, System.out, System.err);
    }

    /** {@code optimize FILE.csv}: fits FSRS-6 parameters to a revlog CSV and prints them as JSON; 0 or 1 for a bad file. */
    static int optimize(String[] args) {
        List<String> files = Arrays.asList(args).subList(1, args.length);
        return org.tarikh.review.optimizer.OptimizeCommand.run(files, System.out, System.err);
    }
}
