package io.pcmops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.Pcmops;
import io.pcmops.model.Change;
import io.pcmops.model.ChangeComparison;
import io.pcmops.model.ChangeStatus;
import io.pcmops.model.ChangeTarget;
import io.pcmops.model.PageRequest;
import io.pcmops.model.Run;
import io.pcmops.model.RunQuery;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.TestLibraries;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangesTest {

    private static final String CSV = "Change Number,Instance ID,Account ID,Region,Platform\n"
            + "CHG0001,stub-000001,100000000001,us-east-1,linux\n"
            + "CHG0001,stub-000003,100000000001,us-east-1,linux\n";

    @TempDir
    Path dir;

    @Test
    void importCsv_storesTheTicketAndRunsUnderItAreListedByNumber() {
        try (Pcmops pcm = TestLibraries.open(dir, StubProvider.builder().targets(6).build())) {
            Change change = pcm.changes().importCsv(new StringReader(CSV), "patch kernels");
            assertThat(change.targets()).extracting(ChangeTarget::targetId).containsExactly("stub-000001", "stub-000003");
            RunRequest request = RunRequest.onSelector(change.selector().withProvider("stub"),
                    ScriptChoice.inline(ScriptLanguage.SHELL, "uname -r")).withChangeTicket(change.number());
            Run run = Runs.finish(pcm, pcm.runs().start(request).join());
            assertThat(run.targetCount()).isEqualTo(2);
            assertThat(pcm.runs().list(RunQuery.latest().withChangeTicket("CHG0001")).items())
                    .extracting(Run::id).containsExactly(run.id());
        }
    }

    @Test
    void compare_reportsAddedRemovedAndChangedMachines() {
        try (Pcmops pcm = TestLibraries.open(dir)) {
            pcm.changes().importCsv(new StringReader(CSV), null);
            Change proposed = new Change("CHG0001", "", null, null, List.of(
                    new ChangeTarget("stub-000001", "100000000001", "us-west-2", "linux", ""),
                    new ChangeTarget("stub-000009", "100000000001", "us-east-1", "linux", "")), null, null, null);
            ChangeComparison diff = pcm.changes().compare(proposed);
            assertThat(diff.exists()).isTrue();
            assertThat(diff.added()).extracting(ChangeTarget::targetId).containsExactly("stub-000009");
            assertThat(diff.removed()).extracting(ChangeTarget::targetId).containsExactly("stub-000003");
            assertThat(diff.changed()).extracting(ChangeTarget::region).containsExactly("us-west-2");
        }
    }

    @Test
    void save_replacesTheInstanceListAndKeepsCreationTime() {
        try (Pcmops pcm = TestLibraries.open(dir)) {
            Change first = pcm.changes().importCsv(new StringReader(CSV), null);
            Change second = pcm.changes().save(new Change("CHG0001", "narrowed", ChangeStatus.APPROVED, null,
                    List.of(new ChangeTarget("stub-000003", "", "", "", "")), null, null, null));
            assertThat(second.createdAt()).isEqualTo(first.createdAt());
            assertThat(pcm.changes().get("CHG0001").targets()).hasSize(1);
            assertThat(pcm.changes().setStatus("CHG0001", ChangeStatus.COMPLETED).status())
                    .isEqualTo(ChangeStatus.COMPLETED);
            assertThat(pcm.changes().list("narrow", PageRequest.first()).items()).hasSize(1);
            pcm.changes().save(new Change("CHG0001", "on stub", ChangeStatus.APPROVED, "stub", List.of(
                    new ChangeTarget("stub-000003", "", "", "", "")), null, null, null));
            Change reimported = pcm.changes().importCsv(new StringReader(CSV), null);
            assertThat(reimported.provider()).isEqualTo("stub");
            assertThat(reimported.status()).isEqualTo(ChangeStatus.APPROVED);
        }
    }

    @Test
    void importCsv_withoutChangeNumber_andUnknownChanges_areRefused() {
        try (Pcmops pcm = TestLibraries.open(dir)) {
            assertThatThrownBy(() -> pcm.changes().importCsv(new StringReader("instance_id\ni-1\n"), null))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("names no change number");
            assertThatThrownBy(() -> pcm.changes().get("CHG404")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> new Change("bad number!", "", null, null, List.of(), null, null, null))
                    .hasMessageContaining("change number 'bad number!'");
        }
    }
}
