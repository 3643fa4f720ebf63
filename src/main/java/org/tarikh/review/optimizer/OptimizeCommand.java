package org.tarikh.review.optimizer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** {@code optimize FILE.csv}: fits FSRS parameters to a revlog CSV and prints them with their evaluation as JSON. */
public final class OptimizeCommand {

    private static final String USAGE = "usage: optimize FILE.csv";

    private OptimizeCommand() {
    }

    /** 0 with one JSON object on {@code out}; 1 with a one-line message on {@code err} for a bad or unreadable file. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            err.println(USAGE);
            return 1;
        }
        Path file = Path.of(args.get(0));
        List<RevlogRow> rows;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = RevlogCsv.read(reader);
        } catch (RevlogFormatException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(file + ": cannot read the file (" + e.getMessage() + ")");
            return 1;
        }
        out.println(toJson(FsrsOptimizer.optimize(rows)));
        return 0;
    }

    /** The command's JSON: parameters, items, logLoss, rmseBins, defaultLogLoss, defaultRmseBins. */
    public static String toJson(OptimizationResult r) {
        String parameters = r.parameters().stream().map(OptimizeCommand::number).collect(Collectors.joining(", "));
        return "{\"parameters\": [" + parameters + "], \"items\": " + r.items()
                + ", \"logLoss\": " + (r.fitted() == null ? "null" : number(r.fitted().logLoss()))
                + ", \"rmseBins\": " + (r.fitted() == null ? "null" : number(r.fitted().rmseBins()))
                + ", \"defaultLogLoss\": " + (r.defaults() == null ? "null" : number(r.defaults().logLoss()))
                + ", \"defaultRmseBins\": " + (r.defaults() == null ? "null" : number(r.defaults().rmseBins())) + "}";
    }

    private static String number(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "null";
    }
}
