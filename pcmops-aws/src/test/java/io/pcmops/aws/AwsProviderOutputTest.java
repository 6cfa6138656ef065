package io.pcmops.aws;

import static io.pcmops.aws.RunSupport.FAST;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.Behaviour;
import io.pcmops.aws.testkit.LosingS3OutputSink;
import io.pcmops.aws.testkit.MotoServer;
import io.pcmops.aws.testkit.SdkS3OutputSink;
import io.pcmops.model.InvocationOutput;
import io.pcmops.model.OutputText;
import io.pcmops.model.Run;
import io.pcmops.model.Selector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output longer than SSM keeps in its API answers (24,000 characters of stdout, 8,000 of stderr): kept as SSM returned
 * it and flagged truncated without an S3 output bucket; read in full from S3 with one; read from SSM again when the
 * agent's S3 upload is missing.
 */
class AwsProviderOutputTest {

    private static final String BUCKET = "pcmops-output";
    private static final String MARKER = "--output truncated--";
    private static final String BIG_STDOUT = "o".repeat(30_000);
    private static final String BIG_STDERR = "e".repeat(10_000);

    @TempDir
    static Path dir;

    @AutoClose
    private static SdkS3OutputSink s3;
    private static LosingS3OutputSink sink;
    @AutoClose
    private static AwsTestEnvironment env;
    private static Pcmops plain;
    @AutoClose
    private static Pcmops withBucket;
    @AutoClose
    private static Pcmops capped;

    @BeforeAll
    static void start() {
        s3 = SdkS3OutputSink.forMoto(MotoServer.endpoint());
        sink = new LosingS3OutputSink(s3);
        env = AwsTestEnvironment.builder(dir.resolve("plain")).members(1).regions(List.of("us-east-1")).perRegion(4)
                .govAccount(null).simulator(b -> b.outputSink(sink)).start();
        env.createBucket(BUCKET);
        plain = env.pcm();
        withBucket = env.openLibrary(dir.resolve("bucket"), b -> b.providerDefaults("aws",
                Map.of("s3OutputBucket", BUCKET, "s3OutputPrefix", "runs/")), true);
        capped = env.openLibrary(dir.resolve("capped"), b -> b.providerDefaults("aws",
                Map.of("s3OutputBucket", BUCKET, "maxOutputBytes", "10001")), true);
    }

    @Test
    void output_whenStdoutTooLongWithoutBucket_keepsWhatSsmGivesAndFlagsIt() throws Exception {
        InvocationOutput output = run(plain, instance(0, 0, BIG_STDOUT, ""));

        assertThat(output.stdout().truncated()).isTrue();
        assertThat(output.stdout().text()).hasSize(24_000).endsWith(MARKER);
    }

    @Test
    void output_whenStderrTooLongWithoutBucket_keepsWhatSsmGivesAndFlagsItThoughSsmDoesNotMarkIt() throws Exception {
        InvocationOutput output = run(plain, instance(1, 2, "partial\n", BIG_STDERR));

        assertThat(output.exitCode()).isEqualTo(2);
        assertThat(output.stdout()).isEqualTo(OutputText.of("partial\n"));
        assertThat(output.stderr().truncated()).isTrue();
        assertThat(output.stderr().text()).isEqualTo("e".repeat(8_000));
    }

    @Test
    void output_whenStdoutTooLongWithBucket_readsTheFullTextFromS3() throws Exception {
        long reads = calls(withBucket, "s3:GetObject");

        InvocationOutput output = run(withBucket, instance(0, 0, BIG_STDOUT, ""));

        assertThat(output.stdout().truncated()).isFalse();
        assertThat(output.stdout().text()).isEqualTo(BIG_STDOUT);
        assertThat(calls(withBucket, "s3:GetObject")).isGreaterThan(reads);
    }

    @Test
    void output_whenStderrTooLongWithBucket_readsTheFullTextFromS3() throws Exception {
        InvocationOutput output = run(withBucket, instance(1, 2, "partial\n", BIG_STDERR));

        assertThat(output.stderr().truncated()).isFalse();
        assertThat(output.stderr().text()).isEqualTo(BIG_STDERR);
        assertThat(output.stdout().text()).isEqualTo("partial\n");
    }

    @Test
    void output_whenLongerInS3ThanTheCap_keepsWholeCharactersUpToItFlaggedWithTheRealSize() throws Exception {
        InvocationOutput output = run(capped, instance(0, 0, "é".repeat(15_000), ""));

        assertThat(output.stdout().text()).isEqualTo("é".repeat(5_000));
        assertThat(output.stdout().truncated()).isTrue();
        assertThat(output.stdout().bytes()).isEqualTo(30_000);
    }

    @Test
    void output_whenOnlyStderrWasWrittenToS3_readsItAndKeepsStdoutEmptyWithoutAskingSsm() throws Exception {
        long gets = calls(withBucket, "ssm:GetCommandInvocation");

        InvocationOutput output = run(withBucket, instance(2, 1, "", BIG_STDERR));

        assertThat(output.stdout().text()).isEmpty();
        assertThat(output.stderr().text()).isEqualTo(BIG_STDERR);
        assertThat(output.stderr().truncated()).isFalse();
        assertThat(calls(withBucket, "ssm:GetCommandInvocation")).isEqualTo(gets);
    }

    @Test
    void output_whenS3UploadIsMissing_fallsBackToGetCommandInvocation() throws Exception {
        String id = instance(3, 0, BIG_STDOUT, "");
        long gets = calls(withBucket, "ssm:GetCommandInvocation");
        sink.lose(id);
        try {
            InvocationOutput output = run(withBucket, id);

            assertThat(output.stdout().truncated()).isTrue();
            assertThat(output.stdout().text()).hasSize(24_000).startsWith("oooo").endsWith(MARKER);
            assertThat(calls(withBucket, "ssm:GetCommandInvocation")).isGreaterThan(gets);
        } finally {
            sink.keep(id);
        }
    }

    private static String instance(int index, int exitCode, String stdout, String stderr) {
        String id = env.instancesOf(env.members().get(0)).get(index);
        env.simulator().update(id, b -> b.behaviour(Behaviour.scripted(exitCode, stdout, stderr, Duration.ZERO)));
        return id;
    }

    private static InvocationOutput run(Pcmops pcm, String id) throws Exception {
        Run done = RunSupport.run(pcm, Selector.builder().provider("aws").ids(List.of(id)).build(), "print", FAST);
        return pcm.runs().output(done.id(), id);
    }

    private static long calls(Pcmops pcm, String operation) {
        return pcm.providers().get(0).apiCalls().getOrDefault(operation, 0L);
    }
}
