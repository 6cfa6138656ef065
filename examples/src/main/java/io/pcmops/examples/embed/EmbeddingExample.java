package io.pcmops.examples.embed;

import io.pcmops.Pcmops;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationQuery;
import io.pcmops.model.Run;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Embeds PCM-Ops in a plain program: builds the library on a data directory, runs a script on this machine through
 * the {@code local} provider, and prints what each target did.
 *
 * <p>Run it with a data directory as the only argument, or none for a fresh temporary one.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("pcmops-example");
        Run run = run(dataDirectory, System.out);
        System.exit(run.status().name().equals("SUCCEEDED") ? 0 : 1);
    }

    /** Runs the example script and prints its results; returns the finished run. */
    public static Run run(Path dataDirectory, PrintStream out) throws Exception {
        try (Pcmops pcm = Pcmops.builder().dataDirectory(dataDirectory).actor("embedding-example").build()) {
            RunRequest request = RunRequest.onSelector(Selector.builder().provider("local").build(),
                            ScriptChoice.inline(ScriptLanguage.SHELL, "echo \"hello from $(uname -s), $GREETING\""))
                    .withParameters(Map.of("GREETING", "nice to meet you"));
            Run started = pcm.runs().start(request).get(30, TimeUnit.SECONDS);
            Run done = pcm.runs().completion(started.id()).get(60, TimeUnit.SECONDS);
            out.println("run " + done.id() + ": " + done.status() + " (" + done.targetCount() + " target)");
            for (Invocation invocation : pcm.runs().invocations(done.id(), InvocationQuery.all()).items()) {
                out.println(invocation.target().label() + ": " + invocation.state() + ", exit "
                        + invocation.exitCode() + ", output: " + invocation.stdout().strip());
            }
            return done;
        }
    }
}
