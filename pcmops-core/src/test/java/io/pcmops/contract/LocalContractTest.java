package io.pcmops.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.internal.local.LocalProvider;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.testkit.TestLibraries;
import io.pcmops.testkit.contract.ProviderContractTest;
import io.pcmops.testkit.contract.ProviderUnderTest;
import java.nio.file.Path;
import java.util.List;

/** The provider contract kit run against the {@code local} provider: real processes on this machine. */
class LocalContractTest extends ProviderContractTest {

    @Override
    protected ProviderUnderTest open(Path dataDirectory) {
        LocalProvider local = new LocalProvider();
        return new ProviderUnderTest(TestLibraries.open(dataDirectory, local), local);
    }

    /** A runAs account that does not exist makes every dispatch a clear refusal. */
    @Override
    protected List<TargetRef> refusedTargets(ProviderUnderTest provider) {
        provider.library().settings().put("local", "runAs", "no-such-account-pcmops");
        return provider.targets().stream().map(t -> t.ref()).toList();
    }

    @Override
    protected void assertNeverReachedTheFleet(ProviderUnderTest provider, DispatchUnit unit) {
        assertThat(dataDirectory.resolve("providers/local/runs").resolve(unit.runId())
                .resolve(Integer.toString(unit.unitId())).resolve("running")).doesNotExist();
    }
}
