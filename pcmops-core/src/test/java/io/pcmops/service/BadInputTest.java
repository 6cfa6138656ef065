package io.pcmops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.ConflictException;
import io.pcmops.DataDirectories;
import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.Pcmops;
import io.pcmops.ProviderNotFoundException;
import io.pcmops.model.ParameterSpec;
import io.pcmops.model.ParameterType;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunQuery;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptDefinition;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

    @TempDir
    Path dir;

    private static RunRequest on(String provider, ScriptChoice script) {
        return RunRequest.onSelector(Selector.builder().provider(provider).build(), script);
    }

    private static Throwable cause(Runnable action) {
        try {
            action.run();
        } catch (CompletionException e) {
            return e.getCause();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void start_withUnknownProvider_listsTheKnownOnes() {
        try (Pcmops pcm = TestLibraries.open(dir, StubProvider.builder().build())) {
            Throwable error = cause(() -> pcm.runs().start(on("azure", ScriptChoice.inline(ScriptLanguage.SHELL,
                    "true"))).join());
            assertThat(error).isInstanceOf(ProviderNotFoundException.class)
                    .hasMessage("unknown provider 'azure'; known providers: stub");
        }
    }

    @Test
    void start_withSelectorMatchingNothing_isRefusedAndStoresNoRun() {
        try (Pcmops pcm = TestLibraries.open(dir, StubProvider.builder().build())) {
            Throwable error = cause(() -> pcm.runs().start(RunRequest.onSelector(Selector.builder().provider("stub")
                    .ids(List.of("nope")).build(), ScriptChoice.inline(ScriptLanguage.SHELL, "true"))).join());
            assertThat(error).isInstanceOf(NotFoundException.class).hasMessageContaining("matches no target");
            assertThat(pcm.runs().list(RunQuery.latest()).total()).isZero();
        }
    }

    @Test
    void start_withInvalidParameters_namesTheParameterAndStoresNoRun() {
        try (Pcmops pcm = TestLibraries.open(dir, StubProvider.builder().build())) {
            pcm.scripts().save(new ScriptDefinition("restart", "", ScriptLanguage.SHELL, "systemctl restart \"$UNIT\"",
                    List.of(ParameterSpec.string("UNIT"),
                            new ParameterSpec("COUNT", ParameterType.INTEGER, false, "1", List.of(), null, null),
                            ParameterSpec.choice("MODE", List.of("soft", "hard"), "soft"),
                            new ParameterSpec("TICKET", ParameterType.STRING, false, null, List.of(), "CHG[0-9]+", null))));
            ScriptChoice saved = ScriptChoice.saved("restart", null);
            assertThat(cause(() -> pcm.runs().start(on("stub", saved)).join())).isInstanceOf(ConflictException.class)
                    .hasMessage("script restart@1 needs a value for parameter 'UNIT' (string)");
            assertThat(cause(() -> pcm.runs().start(on("stub", saved).withParameters(Map.of("UNIT", "x", "COUNT",
                    "many"))).join())).hasMessageContaining("parameter 'COUNT' must be an integer, not 'many'");
            assertThat(cause(() -> pcm.runs().start(on("stub", saved).withParameters(Map.of("UNIT", "x", "MODE",
                    "brutal"))).join())).hasMessageContaining("must be one of soft, hard");
            assertThat(cause(() -> pcm.runs().start(on("stub", saved).withParameters(Map.of("UNIT", "x", "TICKET",
                    "123"))).join())).hasMessageContaining("matching CHG[0-9]+");
            assertThat(cause(() -> pcm.runs().start(on("stub", saved).withParameters(Map.of("UNIT", "x", "COLOR",
                    "red"))).join())).hasMessageContaining("unknown parameter 'COLOR'");
            assertThat(pcm.runs().list(RunQuery.latest()).total()).isZero();
        }
    }

    @Test
    void start_withInvalidParameters_leavesNoPlanBehind() throws Exception {
        try (Pcmops pcm = TestLibraries.open(dir, StubProvider.builder().build())) {
            pcm.scripts().save(new ScriptDefinition("restart", "", ScriptLanguage.SHELL, "systemctl restart \"$UNIT\"",
                    List.of(ParameterSpec.string("UNIT"))));
            assertThat(cause(() -> pcm.runs().start(on("stub", ScriptChoice.saved("restart", null))
                    .withParameters(Map.of("COLOR", "red"))).join())).hasMessageContaining("unknown parameter");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pcmops.db"));
             Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM plans")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).isZero();
        }
    }

    @Test
    void build_withBlankDataDirectory_isRefusedAndWritesNothing() throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        boolean storeBefore = Files.exists(cwd.resolve("pcmops.db"));
        for (String blank : new String[] {"", "  "}) {
            assertThatThrownBy(() -> TestLibraries.open(Path.of(blank))).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("data directory must not be empty");
            assertThatThrownBy(() -> DataDirectories.of(blank)).isInstanceOf(InvalidRequestException.class);
        }
        assertThat(Files.exists(cwd.resolve("pcmops.db"))).isEqualTo(storeBefore);
    }

    @Test
    void start_withUnknownSavedScript_isNotFound() {
        try (Pcmops pcm = TestLibraries.open(dir, StubProvider.builder().build())) {
            assertThat(cause(() -> pcm.runs().start(on("stub", ScriptChoice.saved("ghost", 2))).join()))
                    .isInstanceOf(NotFoundException.class).hasMessage("script 'ghost' has no version 2");
        }
    }

    @Test
    void options_outOfRange_areRefusedWithTheField() {
        assertThatThrownBy(() -> new RunOptions("0", null, null, null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("maxConcurrency '0'");
        assertThatThrownBy(() -> new RunOptions(null, "x%", null, null)).hasMessageContaining("maxErrors 'x%'");
        assertThatThrownBy(() -> RunOptions.defaults().withDeliveryTimeout(java.time.Duration.ofSeconds(5)))
                .hasMessageContaining("deliveryTimeout 5s is out of range");
        assertThatThrownBy(() -> RunOptions.defaults().withExecutionTimeout(java.time.Duration.ofHours(49)))
                .hasMessageContaining("executionTimeout 2d1h is out of range");
    }

    @Test
    void request_withBothPlanAndSelector_isRefused() {
        assertThatThrownBy(() -> new RunRequest("p-1", Selector.all(), ScriptChoice.inline(ScriptLanguage.SHELL, "x"),
                null, null, null, null)).hasMessageContaining("either a planId or a selector, not both");
    }

    @Test
    void selector_withBadPlatformOrState_namesTheValue() {
        assertThatThrownBy(() -> Selector.builder().platform("solaris").build())
                .hasMessageContaining("unknown platform 'solaris'");
        assertThatThrownBy(() -> Selector.builder().state("sleeping").build())
                .hasMessageContaining("unknown target state 'sleeping'");
    }

    @Test
    void plan_withoutProviderWhenSeveralAreEnabled_listsTheChoices() {
        try (Pcmops pcm = TestLibraries.open(dir, StubProvider.builder().build(),
                new io.pcmops.internal.local.LocalProvider())) {
            assertThat(cause(() -> pcm.plans().create(Selector.all()).join())).isInstanceOf(ConflictException.class)
                    .hasMessage("several providers are enabled; choose one with provider: local, stub");
        }
    }

    @Test
    void plan_onDisabledProvider_saysHowToEnableIt() {
        try (Pcmops pcm = TestLibraries.builder(dir, StubProvider.builder().build())
                .providerDefaults("stub", Map.of("enabled", "false")).build()) {
            assertThat(cause(() -> pcm.plans().create(Selector.builder().provider("stub").build()).join()))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("provider 'stub' is disabled");
        }
    }
}
