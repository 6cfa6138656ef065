package io.pcmops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.Pcmops;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.AuditVerification;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditChainTest {

    @TempDir
    Path dir;

    @Test
    void verify_onUntouchedLog_isValid() {
        try (Pcmops pcm = TestLibraries.open(dir)) {
            AuditEvent first = pcm.audit().append(AuditEntry.of("alice", "run.start", "r-1", "started"));
            AuditEvent second = pcm.audit().append(new AuditEntry("bob", "run.cancel", "r-1", "3 targets", "abc",
                    "requested", Map.of("why", "oops")));
            assertThat(second.previousHash()).isEqualTo(first.hash());
            assertThat(pcm.audit().verify().valid()).isTrue();
            assertThat(pcm.audit().list(AuditQuery.latest()).items()).extracting(AuditEvent::sequence)
                    .containsExactly(2L, 1L);
        }
    }

    @Test
    void update_ofAnAuditRow_isRefusedByTheStore() throws SQLException {
        try (Pcmops pcm = TestLibraries.open(dir)) {
            pcm.audit().append(AuditEntry.of("alice", "run.start", "r-1", "started"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pcmops.db"));
             Statement statement = c.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_events SET actor = 'mallory'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_events"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void verify_afterRowAlteredBehindTheTriggers_reportsTheFirstBrokenEvent() throws SQLException {
        try (Pcmops pcm = TestLibraries.open(dir)) {
            for (int i = 1; i <= 3; i++) {
                pcm.audit().append(AuditEntry.of("alice", "run.start", "r-" + i, "started"));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pcmops.db"));
             Statement statement = c.createStatement()) {
            statement.execute("DROP TRIGGER audit_events_no_update");
            statement.executeUpdate("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2");
        }
        try (Pcmops pcm = TestLibraries.open(dir)) {
            AuditVerification verdict = pcm.audit().verify();
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.firstBroken()).isEqualTo(2L);
            assertThat(verdict.message()).contains("altered");
        }
    }
}
