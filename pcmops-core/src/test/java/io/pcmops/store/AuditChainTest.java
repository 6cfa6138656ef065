package io.pcmops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.Pcmops;
import io.pcmops.internal.audit.AuditChain;
import io.pcmops.internal.audit.AuditKey;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditProblem;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.AuditVerification;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
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
            assertThat(verdict.problem()).isEqualTo(AuditProblem.ALTERED);
        }
    }

    @Test
    void verify_afterTheLastEventsWereDeleted_reportsTruncation() throws SQLException {
        appendEvents(5);
        sql("DROP TRIGGER audit_events_no_delete", "DELETE FROM audit_events WHERE seq >= 4");

        try (Pcmops pcm = TestLibraries.open(dir)) {
            AuditVerification verdict = pcm.audit().verify();
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.problem()).isEqualTo(AuditProblem.TRUNCATED);
            assertThat(verdict.firstBroken()).isEqualTo(4L);
            assertThat(verdict.message()).contains("ends at event 3").contains("removed");
        }
    }

    @Test
    void verify_afterTheWholeTableWasRewrittenWithAConsistentChain_reportsRewrite() throws SQLException {
        appendEvents(3);
        AuditKey forger = new AuditKey(new byte[32]);
        List<String> statements = new ArrayList<>(List.of("DROP TRIGGER audit_events_no_delete",
                "DELETE FROM audit_events"));
        String previous = null;
        for (int seq = 1; seq <= 2; seq++) {
            AuditEvent event = forger.seal(seq, Instant.ofEpochMilli(1000L * seq), AuditEntry.of("alice", "run.start",
                    "r-" + seq, "started"), previous);
            statements.add(insert(event));
            previous = event.hash();
        }
        sql(statements.toArray(String[]::new));

        try (Pcmops pcm = TestLibraries.open(dir)) {
            AuditVerification verdict = pcm.audit().verify();
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.problem()).isEqualTo(AuditProblem.TRUNCATED);
        }
        appendEvents(1);
        try (Pcmops pcm = TestLibraries.open(dir)) {
            AuditVerification verdict = pcm.audit().verify();
            assertThat(verdict.problem()).isEqualTo(AuditProblem.REWRITTEN);
            assertThat(verdict.firstBroken()).isEqualTo(1L);
            assertThat(verdict.message()).contains("differs from its checkpoint");
        }
    }

    @Test
    void verify_ofEventsWrittenBeforeTheChainWasKeyed_stillPassesAndTheirRewriteIsCaught() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("pcmops.db");
        Flyway.configure().dataSource(url, "", "").locations("classpath:io/pcmops/db/migration").target("2")
                .load().migrate();
        List<String> legacy = legacyEvents(3, "alice");
        sql(legacy.toArray(String[]::new));

        try (Pcmops pcm = TestLibraries.open(dir)) {
            pcm.audit().append(AuditEntry.of("bob", "run.start", "r-9", "started"));
            AuditVerification verdict = pcm.audit().verify();
            assertThat(verdict.valid()).as(verdict.message()).isTrue();
            assertThat(verdict.eventsChecked()).isEqualTo(4);
            assertThat(verdict.message()).contains("3 written before the chain was keyed");
            assertThat(Files.readString(dir.resolve("audit.anchor"))).contains("keyed-from 4");
        }
        List<String> rewrite = new ArrayList<>(List.of("DROP TRIGGER audit_events_no_delete",
                "DELETE FROM audit_events WHERE seq <= 3"));
        rewrite.addAll(legacyEvents(3, "mallory"));
        sql(rewrite.toArray(String[]::new));
        try (Pcmops pcm = TestLibraries.open(dir)) {
            AuditVerification verdict = pcm.audit().verify();
            assertThat(verdict.problem()).isEqualTo(AuditProblem.REWRITTEN);
        }
    }

    @Test
    void verify_withoutTheAnchorFile_reportsTheLogUnanchored() throws Exception {
        appendEvents(2);
        Files.delete(dir.resolve("audit.anchor"));

        try (Pcmops pcm = TestLibraries.open(dir)) {
            AuditVerification verdict = pcm.audit().verify();
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.problem()).isEqualTo(AuditProblem.UNANCHORED);
            assertThat(dir.resolve("audit.anchor")).doesNotExist();
        }
    }

    @Test
    void append_ofHugeFields_storesEachCutWithAMarker() {
        String huge = "u".repeat(1 << 20);
        try (Pcmops pcm = TestLibraries.open(dir)) {
            Map<String, String> details = new java.util.HashMap<>();
            for (int i = 0; i < 100; i++) {
                details.put("k" + i, huge);
            }
            AuditEvent event = pcm.audit().append(new AuditEntry(huge, huge, huge, huge, huge, huge, details));

            assertThat(event.actor()).hasSizeLessThan(300).endsWith("…[cut " + ((1 << 20) - 200) + " chars]");
            assertThat(List.of(event.action(), event.subject(), event.targets(), event.scriptHash(), event.result()))
                    .allSatisfy(text -> assertThat(text).hasSizeLessThan(1100).contains("…[cut "));
            assertThat(event.details()).hasSize(33).containsEntry("…", "[cut 68 more details]");
            assertThat(event.details().values()).allSatisfy(value -> assertThat(value).hasSizeLessThan(2100));
            assertThat(pcm.audit().verify().valid()).isTrue();
        }
    }

    private void appendEvents(int count) {
        try (Pcmops pcm = TestLibraries.open(dir)) {
            for (int i = 1; i <= count; i++) {
                pcm.audit().append(AuditEntry.of("alice", "run.start", "r-" + i, "started"));
            }
        }
    }

    private static List<String> legacyEvents(int count, String actor) {
        List<String> statements = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= count; seq++) {
            AuditEvent unsealed = new AuditEvent(seq, Instant.ofEpochMilli(1000L * seq), actor, "run.start",
                    "r-" + seq, "", null, "started", Map.of(), previous, "");
            AuditEvent event = new AuditEvent(seq, unsealed.at(), actor, "run.start", "r-" + seq, "", null,
                    "started", Map.of(), previous, AuditChain.legacyHash(unsealed));
            statements.add(insert(event));
            previous = event.hash();
        }
        return statements;
    }

    private static String insert(AuditEvent e) {
        return "INSERT INTO audit_events (seq, at, actor, action, subject, targets, script_hash, result, details, "
                + "previous_hash, hash) VALUES (" + e.sequence() + ", " + e.at().toEpochMilli() + ", '" + e.actor()
                + "', '" + e.action() + "', '" + e.subject() + "', '" + e.targets() + "', NULL, '" + e.result()
                + "', '{}', '" + e.previousHash() + "', '" + e.hash() + "')";
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pcmops.db"));
             Statement statement = c.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
