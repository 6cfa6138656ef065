package io.pcmops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.Pcmops;
import io.pcmops.model.ProviderInfo;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderDiscoveryTest {

    @TempDir
    Path dir;

    @Test
    void build_withDiscovery_findsProvidersOnTheClassPath() {
        try (Pcmops pcm = TestLibraries.builder(dir).discoverProviders(true).build()) {
            assertThat(pcm.providers()).extracting(ProviderInfo::id).containsExactlyInAnyOrder("local", "stub");
        }
    }

    @Test
    void build_withExplicitProviderOfADiscoveredClass_usesTheExplicitOne() {
        StubProvider explicit = StubProvider.builder().targets(3).build();
        try (Pcmops pcm = TestLibraries.builder(dir, explicit).discoverProviders(true).build()) {
            assertThat(pcm.targets().list(io.pcmops.model.Selector.builder().provider("stub").build(), false).join()
                    .targets()).hasSize(3);
        }
    }

    @Test
    void build_withTwoProvidersOfOneId_failsNamingBothClasses() {
        assertThatThrownBy(() -> TestLibraries.open(dir, StubProvider.builder().build(),
                new InertProvider("stub", true)))
                .hasMessageContaining("two providers claim the id 'stub'")
                .hasMessageContaining(InertProvider.class.getName());
    }

    @Test
    void targets_withoutProvider_useTheOnlyConfiguredOne() {
        try (Pcmops pcm = TestLibraries.open(dir, StubProvider.builder().targets(2).build(),
                new InertProvider("cloud", false))) {
            assertThat(pcm.targets().list(io.pcmops.model.Selector.all(), false).join().targets()).hasSize(2);
        }
    }

    /** A provider that lists and runs nothing: claims an id, and says whether it is configured. */
    private record InertProvider(String id, boolean configured) implements io.pcmops.spi.Provider {
        @Override
        public io.pcmops.spi.ProviderMetadata metadata() {
            return new io.pcmops.spi.ProviderMetadata(id, id, "");
        }

        @Override
        public io.pcmops.spi.TargetInventory inventory() {
            throw new UnsupportedOperationException();
        }

        @Override
        public io.pcmops.spi.CommandExecutor executor() {
            throw new UnsupportedOperationException();
        }
    }
}
