package io.pcmops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.Pcmops;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.Script;
import io.pcmops.model.ScriptDefinition;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptLibraryTest {

    @TempDir
    Path dir;

    private static ScriptDefinition definition(String body) {
        return new ScriptDefinition("disk-check", "checks disks", ScriptLanguage.SHELL, body, List.of());
    }

    @Test
    void save_versionsByContentAndIgnoresUnchangedSaves() {
        try (Pcmops pcm = TestLibraries.open(dir)) {
            Script first = pcm.scripts().save(definition("df -h"));
            Script same = pcm.scripts().save(definition("df -h"));
            Script second = pcm.scripts().save(definition("df -h /"));
            assertThat(first.version()).isEqualTo(1);
            assertThat(same.version()).isEqualTo(1);
            assertThat(second.version()).isEqualTo(2);
            assertThat(second.hash()).isNotEqualTo(first.hash());
            assertThat(pcm.scripts().versions("disk-check")).extracting(Script::body).containsExactly("df -h",
                    "df -h /");
            assertThat(pcm.scripts().get("disk-check", 1).body()).isEqualTo("df -h");
            assertThat(pcm.scripts().list()).singleElement().extracting(Script::version).isEqualTo(2);
            assertThat(pcm.audit().list(AuditQuery.latest()).items()).filteredOn(e -> e.action().equals("script.save"))
                    .hasSize(2);
        }
    }

    @Test
    void delete_removesEveryVersion() {
        try (Pcmops pcm = TestLibraries.open(dir)) {
            pcm.scripts().save(definition("df -h"));
            pcm.scripts().delete("disk-check");
            assertThatThrownBy(() -> pcm.scripts().get("disk-check")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> pcm.scripts().delete("disk-check")).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void definition_withBadNameOrEmptyBody_isRefused() {
        assertThatThrownBy(() -> new ScriptDefinition("bad name", "", ScriptLanguage.SHELL, "x", List.of()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("script name 'bad name'");
        assertThatThrownBy(() -> new ScriptDefinition("ok", "", ScriptLanguage.SHELL, "  ", List.of()))
                .hasMessageContaining("empty body");
    }
}
