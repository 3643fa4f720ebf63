package org.tarikh.review.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarikh.review.scheduler.Weights;

/**
 * The optimizer against fsrs-rs v6.5.0's own answers on the simulated learners in src/test/resources/fsrs/optimizer
 * (reference.json and sample.csv copied from shared/fsrs/optimizer; reference.tarikh.json holds the same binding's answers
 * for two variants of the sample, a small one and an irregular one, made by make-variants.py).
 */
class FsrsOptimizerTest {

    private static final String DIR = "/fsrs/optimizer/";

    @ParameterizedTest
    @ValueSource(strings = {"reference.json", "reference.tarikh.json"})
    void everyReferenceDatasetConvertsEvaluatesAndFitsLikeFsrsRs(String referenceFile) throws IOException {
        JsonNode reference = reference(referenceFile);
        assertFalse(reference.get("datasets").isEmpty(), referenceFile + " lists datasets");
        for (JsonNode dataset : reference.get("datasets")) {
            String name = dataset.get("name").asText();
            List<TrainingItem> items = TrainingItems.from(rows(dataset.get("file").asText()));
            assertEquals(dataset.get("items").asInt(), items.size(), name + ": items");

            Evaluation onDefaults = Evaluator.evaluate(Defaults.weights(), items);
            JsonNode rsDefault = dataset.get("default");
            assertEquals(rsDefault.get("logLoss").asDouble(), onDefaults.logLoss(), 1e-3, name + ": default log loss");
            assertEquals(rsDefault.get("rmseBins").asDouble(), onDefaults.rmseBins(), 1e-3, name + ": default RMSE");

            JsonNode rsFit = dataset.get("fitted");
            Evaluation onRsParameters = Evaluator.evaluate(numbers(rsFit.get("parameters")), items);
            assertEquals(rsFit.get("logLoss").asDouble(), onRsParameters.logLoss(), 1e-4, name + ": fsrs-rs fit, log loss");
            assertEquals(rsFit.get("rmseBins").asDouble(), onRsParameters.rmseBins(), 1e-4, name + ": fsrs-rs fit, RMSE");

            long start = System.nanoTime();
            OptimizationResult ours = FsrsOptimizer.optimizeItems(items);
            double ms = (System.nanoTime() - start) / 1e6;
            double rsLogLoss = rsFit.get("logLoss").asDouble();
            System.out.printf("optimizer %s: %d items, log loss %.6f (fsrs-rs %.6f, %+.3f%%), RMSE bins %.6f (fsrs-rs %.6f),"
                    + " defaults %.6f / %.6f, %.0f ms%n", name, items.size(), ours.fitted().logLoss(), rsLogLoss,
                    100 * (ours.fitted().logLoss() / rsLogLoss - 1), ours.fitted().rmseBins(),
                    rsFit.get("rmseBins").asDouble(), onDefaults.logLoss(), onDefaults.rmseBins(), ms);
            assertTrue(ours.fitted().logLoss() <= rsLogLoss * 1.01, name + ": within 1% of fsrs-rs's fit");
            assertTrue(ours.fitted().logLoss() <= onDefaults.logLoss(), name + ": never above the defaults");
            assertTrue(ours.improved(), name + ": the fit beats the defaults here");
            assertWithinBounds(ours.parameters());
            Evaluation again = Evaluator.evaluate(ours.parameters().stream().mapToDouble(Double::doubleValue).toArray(), items);
            assertEquals(ours.fitted(), again, "the reported figures are those of the reported parameters");
        }
    }

    @Test
    void theGradientIsTheDerivativeOfTheLoss() throws IOException {
        List<TrainingItem> items = TrainingItems.from(rows("sample.csv")).subList(0, 800);
        double[] w = {0.5, 2.0, 3.0, 9.0, 6.0, 0.9, 2.5, 0.05, 1.8, 0.15, 0.9, 1.5, 0.06, 0.3, 1.6, 0.6, 1.9, 0.5, 0.1,
            0.07, 0.2};
        double[] grad = new double[21];
        ForgettingModel model = new ForgettingModel(w);
        double[] recency = RecencyWeights.of(items.size());
        for (int i = 0; i < items.size(); i++) {
            model.lossAndGradient(items.get(i), recency[i], grad);
        }
        for (int k = 0; k < 21; k++) {
            double h = 1e-6 * Math.max(1, Math.abs(w[k]));
            double numeric = (totalLoss(items, recency, w, k, h) - totalLoss(items, recency, w, k, -h)) / (2 * h);
            assertEquals(numeric, grad[k], 1e-4 * Math.max(1, Math.abs(numeric)), "d loss / d w" + k);
        }
    }

    @Test
    void tooFewItemsKeepTheDefaults() throws IOException {
        List<RevlogRow> rows = rows("sample.csv").subList(0, 60);
        OptimizationResult result = FsrsOptimizer.optimize(rows);
        assertFalse(result.improved());
        assertEquals(Weights.FSRS6_DEFAULT, result.parameters());
        assertEquals(result.defaults(), result.fitted());
    }

    @Test
    void anEmptyLogGivesTheDefaultsAndNoEvaluation() {
        OptimizationResult result = FsrsOptimizer.optimize(List.of());
        assertEquals(0, result.items());
        assertEquals(Weights.FSRS6_DEFAULT, result.parameters());
        assertEquals(null, result.fitted());
    }

    @Test
    void twentyThousandSimulatedReviewsFit() throws IOException {
        List<Double> trueWeights = List.of(0.4702, 1.1443, 4.4386, 18.3399, 7.2777, 1.5298, 2.6078, 0.0064, 1.9787,
                0.1082, 1.291, 1.5583, 0.0543, 0.2918, 1.7592, 0.5096, 2.7213, 0.3118, 0.2893, 0.1234, 0.1468);
        List<RevlogRow> rows = new RevlogSimulator(trueWeights, 7).run(20_000, 25);
        Path csv = Path.of("target", "optimizer-20k.csv"); // for timing the command: optimize target/optimizer-20k.csv
        Files.createDirectories(csv.getParent());
        try (Writer out = Files.newBufferedWriter(csv)) {
            RevlogCsv.write(rows, out);
        }
        long start = System.nanoTime();
        OptimizationResult result = FsrsOptimizer.optimize(rows);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("optimizer 20k: %d reviews, %d items, fitted in %.2f s: log loss %.6f (defaults %.6f),"
                + " RMSE bins %.6f (defaults %.6f)%n", rows.size(), result.items(), seconds, result.fitted().logLoss(),
                result.defaults().logLoss(), result.fitted().rmseBins(), result.defaults().rmseBins());
        assertTrue(result.improved(), "a learner who is not the default learner gets a better fit");
        assertTrue(result.fitted().logLoss() < result.defaults().logLoss());
        assertWithinBounds(result.parameters());
    }

    private static double totalLoss(List<TrainingItem> items, double[] recency, double[] w, int k, double h) {
        double[] moved = w.clone();
        moved[k] += h;
        ForgettingModel model = new ForgettingModel(moved);
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            sum += model.loss(items.get(i), recency[i]);
        }
        return sum;
    }

    static void assertWithinBounds(List<Double> parameters) {
        assertEquals(21, parameters.size());
        double[] w = parameters.stream().mapToDouble(Double::doubleValue).toArray();
        double[] clipped = Weights.effective(w, 1, true);
        for (int i = 0; i < 21; i++) {
            assertEquals(clipped[i], w[i], 0.0, "w" + i + " within its bounds");
        }
    }

    static List<RevlogRow> rows(String file) throws IOException {
        try (InputStream in = FsrsOptimizerTest.class.getResourceAsStream(DIR + file)) {
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return RevlogCsv.read(reader);
        }
    }

    private static JsonNode reference(String file) throws IOException {
        try (InputStream in = FsrsOptimizerTest.class.getResourceAsStream(DIR + file)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static double[] numbers(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asDouble()));
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
