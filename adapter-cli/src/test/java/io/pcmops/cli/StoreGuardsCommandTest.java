package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad settings, a lost master key and a damaged audit log, as the command line reports them. */
class StoreGuardsCommandTest {

    @TempDir
    Path dir;

    @Test
    void providersSet_withBadValue_exitsTwoNamingTheSettingAndStoresNothing() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result negative = cli.run("providers", "set", "local", "maxOutputBytes=4096", "enabled=yes");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("setting 'enabled' must be true or false, not 'yes'");
        CliHarness.Result range = cli.run("providers", "set", "local", "maxOutputBytes=-1");
        assertThat(range.exitCode()).isEqualTo(2);
        assertThat(range.err()).contains("maxOutputBytes", "'-1'");
        assertThat(cli.run("providers", "settings", "local").out()).doesNotContain("maxOutputBytes");
    }

    @Test
    void anyCommand_afterTheKeyFileWasDeleted_refusesInOneLine() throws Exception {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("audit", "verify").exitCode()).isZero();
        Files.delete(dir.resolve("master.key"));

        CliHarness.Result refused = cli.run("audit", "verify");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.PROVIDER);
        assertThat(refused.err()).contains("master key file", "missing").doesNotContain("\tat ");
        assertThat(refused.err().strip().lines()).hasSize(1);
        assertThat(dir.resolve("master.key")).doesNotExist();
    }

    @Test
    void auditVerify_ofTruncatedLog_saysSo() throws Exception {
        CliHarness cli = new CliHarness(dir);
        cli.run("run", "--provider", "stub", "--command", "true", "--yes", "-q");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pcmops.db"));
             Statement statement = c.createStatement()) {
            statement.execute("DROP TRIGGER audit_events_no_delete");
            statement.execute("DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)");
        }

        CliHarness.Result verify = cli.run("audit", "verify");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("audit log truncated at entry");
    }
}
