package io.pcmops.bench.http;

import io.helidon.webserver.WebServer;
import io.pcmops.Pcmops;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.inject.HttpComponent;
import io.pcmops.http.security.SecretTokens;
import io.pcmops.model.Role;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import io.pcmops.stub.StubOutcome;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Speed of the HTTP API over a stored run of 10,000 invocations (stub provider): requests/s and latency of the run
 * detail and of one invocations page under 50 concurrent connections, then 100 Server-Sent Events subscribers on a
 * running run. The load comes from separate JVMs ({@link LoadGenerator}, {@link SseSubscribers}) on loopback.
 *
 * <p>Usage: {@code scripts/bench http.HttpApiBenchmark [targets] [connections] [warmupSeconds] [seconds]
 * [subscribers]} (defaults 10000 50 10 20 100).
 */
public final class HttpApiBenchmark {

    private HttpApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int targets = arg(args, 0, 10_000);
        int connections = arg(args, 1, 50);
        int warmup = arg(args, 2, 10);
        int seconds = arg(args, 3, 20);
        int subscribers = arg(args, 4, 100);
        Path directory = Files.createTempDirectory("pcmops-bench-http");
        StubProvider stub = StubProvider.builder().targets(targets).accounts(10)
                .regions("us-east-1", "us-west-2", "us-gov-west-1")
                .scenario((target, index, script) -> script.body().contains("sleep")
                        ? StubOutcome.success("slow\n", Duration.ofSeconds(1))
                        : StubOutcome.success("ok " + index % 7 + "\n", Duration.ZERO)).build();
        try (Pcmops pcm = TestLibraries.open(directory, stub)) {
            Run stored = storedRun(pcm);
            HttpComponent component = HttpComponent.create(pcm, ServerSettings.defaults(directory));
            String token = token(pcm, component);
            WebServer server = WebServer.builder().host("127.0.0.1").port(0)
                    .connectionOptions(o -> o.tcpNoDelay(true))
                    .routing(component.routes()::routing).build().start();
            try {
                String base = "http://127.0.0.1:" + server.port() + "/api/v1/runs/" + stored.id();
                System.out.printf("%nrun detail, %d connections:%n", connections);
                child(LoadGenerator.class, base, token, connections, warmup, seconds);
                System.out.printf("%ninvocations page (offset %d, limit 100), %d connections:%n", targets / 2,
                        connections);
                child(LoadGenerator.class, base + "/invocations?offset=" + targets / 2 + "&limit=100", token,
                        connections, warmup, seconds);
                Run running = pcm.runs().start(RunRequest.onSelector(Selector.builder().provider("stub").build(),
                        ScriptChoice.inline(ScriptLanguage.SHELL, "sleep 1"))
                        .withOptions(RunOptions.defaults().withMaxConcurrency("5%").withMaxErrors("100%"))).join();
                System.out.printf("%n%d SSE subscribers on running run %s (%d targets, 5%% at a time, 1 s each):%n",
                        subscribers, running.id(), targets);
                child(SseSubscribers.class, "http://127.0.0.1:" + server.port() + "/api/v1/runs/" + running.id()
                        + "/events", token, subscribers);
                pcm.runs().completion(running.id()).get(10, TimeUnit.MINUTES);
            } finally {
                server.stop();
            }
        }
    }

    private static Run storedRun(Pcmops pcm) throws Exception {
        Instant start = Instant.now();
        Run run = pcm.runs().start(RunRequest.onSelector(Selector.builder().provider("stub").build(),
                ScriptChoice.inline(ScriptLanguage.SHELL, "echo ok"))
                .withOptions(RunOptions.defaults().withMaxConcurrency("100%"))).join();
        Run done = pcm.runs().completion(run.id()).get(10, TimeUnit.MINUTES);
        System.out.printf("stored run %s: %d invocations, %s, built in %d ms%n", done.id(), done.targetCount(),
                done.status(), Duration.between(start, Instant.now()).toMillis());
        return done;
    }

    private static String token(Pcmops pcm, HttpComponent component) {
        String userId = pcm.users().create("bench", component.hasher().hash("bench-Password-123"),
                Set.of(Role.OPERATOR), false).id();
        String text = SecretTokens.apiToken();
        pcm.tokens().create(userId, "bench", SecretTokens.hash(text), Instant.now().plus(Duration.ofDays(1)));
        return text;
    }

    private static void child(Class<?> main, Object... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(main.getSimpleName() + " failed");
        }
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
