package io.pcmops.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.internal.local.LocalProvider;
import io.pcmops.internal.util.Hashing;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.ExportFormat;
import io.pcmops.model.Invocation;
import io.pcmops.model.ParameterSpec;
import io.pcmops.model.ParameterType;
import io.pcmops.model.RetryScope;
import io.pcmops.model.Run;
import io.pcmops.model.RunQuery;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptDefinition;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import io.pcmops.spi.PreparedScript;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.SilentProvider;
import io.pcmops.testkit.TestLibraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code secret} parameter reaches the script as an environment variable and nothing else, anywhere. */
class SecretParameterTest {

    private static final String TOKEN = "s3cr3t-Token-7Hq2xV";

    @TempDir
    Path dir;

    private static ScriptDefinition enroll() {
        return new ScriptDefinition("enroll", "", ScriptLanguage.SHELL,
                "printf '%s' \"$TOKEN\" | sha256sum; echo \"mode=$MODE\"; exit 3",
                List.of(ParameterSpec.secret("TOKEN"), ParameterSpec.string("MODE")));
    }

    private static RunRequest request(String provider) {
        return RunRequest.onSelector(Selector.builder().provider(provider).build(), ScriptChoice.saved("enroll", null))
                .withParameters(Map.of("TOKEN", TOKEN, "MODE", "fresh"));
    }

    @Test
    void run_passesTheSecretAsEnvironmentAndNeverStoresShowsOrWritesIt() throws Exception {
        try (Pcmops pcm = TestLibraries.open(dir, new LocalProvider())) {
            pcm.scripts().save(enroll());
            Run run = Runs.finish(pcm, pcm.runs().start(request("local")).join());
            Run retry = Runs.finish(pcm, pcm.runs().retry(run.id(), Set.of(RetryScope.FAILED)).join());

            for (Run done : List.of(run, retry)) {
                Invocation result = Runs.invocations(pcm, done.id()).get(0);
                assertThat(result.stdout()).contains(Hashing.sha256(TOKEN), "mode=fresh");
                PreparedScript script = pcm.runs().script(done.id());
                assertThat(script.secrets().names()).containsExactly("TOKEN");
                assertThat(script.secrets().isWithheld()).isTrue();
                assertThat(Pcmops.objectMapper().writeValueAsString(script)).contains("\"secrets\":[\"TOKEN\"]")
                        .doesNotContain(TOKEN);
                for (ExportFormat format : ExportFormat.values()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    pcm.runs().export(done.id(), format, out);
                    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(TOKEN);
                }
            }
            assertThat(pcm.audit().list(AuditQuery.latest()).items().toString()).contains("secretParameters=TOKEN")
                    .doesNotContain(TOKEN);
        }
        assertThat(everyFileUnder(dir)).contains("pcmops.db", "script.sh", Hashing.sha256(TOKEN))
                .doesNotContain(TOKEN);
    }

    @Test
    void run_onAProviderThatCannotPassSecrets_isRefusedBeforeAnythingIsStored() {
        try (Pcmops pcm = TestLibraries.open(dir, new SilentProvider())) {
            pcm.scripts().save(enroll());

            assertThatThrownBy(() -> pcm.runs().start(request("silent")).join())
                    .isInstanceOf(CompletionException.class).cause().isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("provider 'silent' cannot pass secret parameters");
            assertThat(pcm.runs().list(RunQuery.latest()).total()).isZero();
        }
    }

    @Test
    void badSecretValue_isRefusedWithoutQuotingIt() {
        try (Pcmops pcm = TestLibraries.open(dir, new LocalProvider())) {
            pcm.scripts().save(new ScriptDefinition("pin", "", ScriptLanguage.SHELL, "true", List.of(
                    new ParameterSpec("PIN", ParameterType.SECRET, true, null, List.of(), "[0-9]{4}", null))));

            assertThatThrownBy(() -> pcm.runs().start(RunRequest.onSelector(Selector.builder().provider("local")
                    .build(), ScriptChoice.saved("pin", null)).withParameters(Map.of("PIN", TOKEN))).join())
                    .cause().hasMessageContaining("secret parameter 'PIN' must be a value matching")
                    .hasMessageNotContaining(TOKEN);
        }
        assertThatThrownBy(() -> new ParameterSpec("PIN", ParameterType.SECRET, false, "1234", List.of(), null, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("cannot have a default");
    }

    private static String everyFileUnder(Path root) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(file).append(": ").append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .append('\n');
            }
        }
        return all.toString();
    }
}
