package io.pcmops.bench;

import io.pcmops.Pcmops;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import io.pcmops.stub.StubProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A 10,000-target run on the stub provider with zero latency, real SQLite store included: wall time from
 * {@code runs().start} (plan resolution, run creation) to the stored final status, i.e. engine + store time.
 * Goal: under 2 s. Args: [targets] [maxConcurrency] [repetitions].
 */
public final class StubRunBenchmark {

    private StubRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int targets = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String concurrency = args.length > 1 ? args[1] : "50";
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double[] totals = new double[repetitions];
        double[] starts = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            Path dir = Files.createTempDirectory("pcmops-bench-run");
            StubProvider stub = StubProvider.builder().targets(targets).accounts(20).regions("us-east-1",
                    "us-west-2", "eu-west-1", "us-gov-west-1").build();
            try (Pcmops pcm = Pcmops.builder().dataDirectory(dir).discoverProviders(false).provider(stub)
                    .masterKey("00".repeat(32)).build()) {
                RunRequest request = RunRequest.onSelector(Selector.builder().provider("stub").build(),
                        ScriptChoice.inline(ScriptLanguage.SHELL, "uname -a"))
                        .withOptions(RunOptions.defaults().withMaxConcurrency(concurrency));
                long begin = System.nanoTime();
                Run run = pcm.runs().start(request).get(60, TimeUnit.SECONDS);
                starts[r] = (System.nanoTime() - begin) / 1e6;
                Run done = pcm.runs().completion(run.id()).get(120, TimeUnit.SECONDS);
                totals[r] = (System.nanoTime() - begin) / 1e6;
                check(done, targets, stub);
            }
        }
        System.out.printf("stub run: %,d targets, maxConcurrency %s, zero latency, %d repetitions (median; first is "
                + "JIT warm-up)%n", targets, concurrency, repetitions);
        Figures.print("start (resolve plan, store run and targets)", Figures.median(starts), "ms");
        Figures.print("start to finished run (engine + store)", Figures.median(totals), "ms");
        Figures.print("first repetition, cold", totals[0], "ms");
        Figures.print("peak RSS", Figures.peakRssMib(), "MiB");
    }

    private static void check(Run done, int targets, StubProvider stub) {
        if (done.count(InvocationState.SUCCESS) != targets || stub.stats().targetsSent() != targets) {
            throw new IllegalStateException("run did not finish as expected: " + done.counts());
        }
    }
}
