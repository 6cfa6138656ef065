package io.pcmops.bench.aws;

import io.pcmops.Pcmops;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.Behaviour;
import io.pcmops.aws.testkit.SdkTestClients;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.CommandPlugin;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * P2: dispatch and collect on n simulated targets (scripted, no subprocess) in one account and region: SendCommand
 * calls, tracking calls per polling round (goal at most ceil(n/50)), and the delay between the last invocation
 * finishing in the simulator and the run showing it (goal at most one polling interval). Needs
 * {@code PCMOPS_MOTO_ENDPOINT}; args: [targets] [script seconds] [poll interval ms].
 */
public final class DispatchBenchmark {

    public static void main(String[] args) throws Exception {
        int targets = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Duration runtime = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 6);
        Duration poll = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 2000);
        Path dir = Files.createTempDirectory("pcmops-bench-dispatch");
        try (AwsTestEnvironment env = AwsTestEnvironment.builder(dir).members(1).regions(List.of("us-east-1"))
                .perRegion(targets).govAccount(null).pollInterval(poll)
                .behaviour(Behaviour.scripted(0, "done\n", "", simulated(runtime)))
                .setting("rateLimit.SendCommand", "100").setting("rateLimit.ListCommandInvocations", "100").start()) {
            Pcmops pcm = env.pcm();
            Selector all = Selector.builder().provider("aws").accounts(env.members()).build();
            String planId = pcm.plans().create(all).join().id();
            long sendsBefore = env.simulator().callCount("SendCommand");
            long start = System.nanoTime();
            Run run = pcm.runs().start(RunRequest.onPlan(planId, ScriptChoice.inline(ScriptLanguage.SHELL, "work"))
                    .withOptions(new RunOptions("100%", "0", Duration.ofHours(1), Duration.ofHours(2)))).join();
            List<Long> perRound = sampleTracking(env, pcm, run.id(), poll);
            Instant seen = Instant.now();
            Run done = pcm.runs().completion(run.id()).get(5, TimeUnit.MINUTES);
            System.out.printf("%d targets: %s in %.1f s; SendCommand calls %d%n", targets, done.status(),
                    (System.nanoTime() - start) / 1e9, env.simulator().callCount("SendCommand") - sendsBefore);
            System.out.printf("ListCommandInvocations per polling round (goal <= %d): %s%n",
                    (targets + 49) / 50, perRound);
            Instant lastFinish = lastFinish(env, pcm);
            System.out.printf("last invocation finished in the simulator at %s, run showed it at %s: delay %d ms "
                    + "(poll interval %d ms)%n", lastFinish, seen, Duration.between(lastFinish, seen).toMillis(),
                    poll.toMillis());
            System.out.printf("provider calls: %s%n", pcm.providers().get(0).apiCalls());
        }
    }

    /** Counts ListCommandInvocations per polling interval until the run shows every target finished. */
    private static List<Long> sampleTracking(AwsTestEnvironment env, Pcmops pcm, String runId, Duration poll)
            throws InterruptedException {
        List<Long> perRound = new ArrayList<>();
        long last = env.simulator().callCount("ListCommandInvocations");
        long nextSample = System.nanoTime() + poll.toNanos();
        Run current = pcm.runs().get(runId);
        while (current.finishedCount() < current.targetCount()) {
            Thread.sleep(5);
            if (System.nanoTime() >= nextSample) {
                long now = env.simulator().callCount("ListCommandInvocations");
                perRound.add(now - last);
                last = now;
                nextSample += poll.toNanos();
            }
            current = pcm.runs().get(runId);
        }
        return perRound;
    }

    /** The simulated runtime that lasts {@code real} at the environment's time scale. */
    private static Duration simulated(Duration real) {
        return Duration.ofNanos(Math.round(real.toNanos() / AwsTestEnvironment.TIME_SCALE));
    }

    private static Instant lastFinish(AwsTestEnvironment env, Pcmops pcm) {
        // Reads the simulator's own record of when each invocation finished.
        Credentials member = env.memberCredentials(env.members().get(0));
        Instant last = Instant.EPOCH;
        try (SdkAsyncHttpClient http = SdkTestClients.netty();
                SsmAsyncClient ssm = SsmAsyncClient.builder().endpointOverride(env.simulator().endpoint())
                        .region(Region.US_EAST_1).httpClient(http).credentialsProvider(StaticCredentialsProvider
                                .create(AwsSessionCredentials.create(member.accessKeyId(), member.secretAccessKey(),
                                        member.sessionToken()))).build()) {
            List<software.amazon.awssdk.services.ssm.model.CommandInvocation> all = new ArrayList<>();
            ssm.listCommandInvocationsPaginator(r -> r.details(true).maxResults(50))
                    .subscribe(p -> all.addAll(p.commandInvocations())).join();
            for (var invocation : all) {
                for (CommandPlugin plugin : invocation.commandPlugins()) {
                    if (plugin.responseFinishDateTime() != null && plugin.responseFinishDateTime().isAfter(last)) {
                        last = plugin.responseFinishDateTime();
                    }
                }
            }
        }
        return last;
    }
}
