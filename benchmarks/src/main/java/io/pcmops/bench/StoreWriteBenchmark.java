package io.pcmops.bench;

import io.pcmops.model.InvocationState;
import io.pcmops.model.Platform;
import io.pcmops.model.TargetRef;
import io.pcmops.testkit.StoreWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes 100,000 invocation results to a fresh SQLite store the way the engine does: the run and its targets in one
 * transaction, then results in batches of 50 (one transaction per batch, as per polling round of a 50-target unit).
 * Goal: under 5 s. Args: [targets] [batch] [repetitions].
 */
public final class StoreWriteBenchmark {

    private StoreWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int targets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        double[] creates = new double[repetitions];
        double[] results = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            Path dir = Files.createTempDirectory("pcmops-bench-store");
            try (StoreWriter writer = StoreWriter.open(dir.resolve("pcmops.db"))) {
                long start = System.nanoTime();
                writer.createRun("r-bench", targets(targets));
                creates[r] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                writeResults(writer, targets, batch);
                results[r] = (System.nanoTime() - start) / 1e6;
            }
        }
        System.out.printf("store write: %,d targets, batches of %d, %d repetitions (median)%n", targets, batch,
                repetitions);
        Figures.print("create run + " + targets + " invocation rows", Figures.median(creates), "ms");
        Figures.print("write " + targets + " results (" + targets / batch + " transactions)",
                Figures.median(results), "ms");
        Figures.print("total", Figures.median(creates) + Figures.median(results), "ms");
        Figures.print("results per second", targets / (Figures.median(results) / 1000), "/s");
        Figures.print("peak RSS", Figures.peakRssMib(), "MiB");
    }

    private static void writeResults(StoreWriter writer, int targets, int batch) {
        Instant now = Instant.now();
        for (int from = 0; from < targets; from += batch) {
            List<StoreWriter.Result> results = new ArrayList<>(batch);
            for (int seq = from; seq < Math.min(targets, from + batch); seq++) {
                results.add(new StoreWriter.Result(seq, InvocationState.SUCCESS, 0,
                        "Linux host-" + seq + " 6.1.0-13-amd64 x86_64\n", now));
            }
            writer.writeResults("r-bench", results);
        }
    }

    private static List<TargetRef> targets(int targets) {
        List<TargetRef> refs = new ArrayList<>(targets);
        for (int i = 0; i < targets; i++) {
            refs.add(new TargetRef("stub", "aws", String.format("1000000000%02d", i % 20), "us-east-1",
                    String.format("i-%017x", i), "node-" + i, Platform.LINUX));
        }
        return refs;
    }
}
