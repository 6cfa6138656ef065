package io.pcmops.examples.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.model.CredentialSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsExampleOptionsTest {

    @TempDir
    Path dir;

    @Test
    void parse_withoutArguments_listsAllAccountsWithTheChainAndRunsNothing() {
        AwsExampleOptions options = AwsExampleOptions.parse();

        assertThat(options.partition()).isEqualTo("aws");
        assertThat(options.rootId()).isEqualTo("aws");
        assertThat(options.source()).isEqualTo(CredentialSource.chain());
        assertThat(options.fleet().accounts()).isEmpty();
        assertThat(options.command()).isNull();
        assertThat(options.limits().maxConcurrency()).isEqualTo("10%");
        assertThat(options.limits().maxErrors()).isEqualTo("0");
    }

    @Test
    void parse_withEndpointSettingsAndSelector_buildsThem() {
        AwsExampleOptions options = AwsExampleOptions.parse("--partition", "aws-us-gov", "--profile", "gov",
                "--endpoint", "http://127.0.0.1:4566", "--setting", "endpoint.ssm=http://127.0.0.1:9", "--regions",
                "us-gov-west-1, us-gov-east-1", "--ou", "workloads", "--tag", "Env=prod", "--tag", "Team=ops",
                "--execution-timeout", "90s");

        assertThat(options.source()).isEqualTo(CredentialSource.profile("gov"));
        assertThat(options.settings()).containsEntry("endpoint.ec2", "http://127.0.0.1:4566")
                .containsEntry("endpoint.organizations", "http://127.0.0.1:4566")
                .containsEntry("endpoint.ssm", "http://127.0.0.1:9");
        assertThat(options.fleet().regions()).containsExactly("us-gov-west-1", "us-gov-east-1");
        assertThat(options.fleet().ou()).isNull();
        assertThat(options.runOn().ou()).isEqualTo("workloads");
        assertThat(options.runOn().tags()).isEqualTo(Map.of("Env", "prod", "Team", "ops"));
        assertThat(options.limits().executionTimeout()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void parse_withBadArguments_namesTheProblem() {
        assertThatThrownBy(() -> AwsExampleOptions.parse("--bogus")).hasMessageContaining("unknown argument '--bogus'");
        assertThatThrownBy(() -> AwsExampleOptions.parse("--command")).hasMessage("option --command needs a value");
        assertThatThrownBy(() -> AwsExampleOptions.parse("--tag", "prod")).hasMessageContaining("KEY=VALUE");
        assertThatThrownBy(() -> AwsExampleOptions.parse("--keys-stdin", "--profile", "p"))
                .hasMessageContaining("not both");
    }

    @Test
    void execute_withBadInput_printsOneLineAndExitsTwo() {
        for (List<String> args : List.of(List.of("--max-concurrency", "lots"), List.of("--execution-timeout", "soon"),
                List.of("--data-dir", dir.toString(), "--keys-file", dir.resolve("missing.txt").toString()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int code = AwsExample.execute(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                            StandardCharsets.UTF_8));

            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("aws-example: ").hasLineCount(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        }
    }
}
