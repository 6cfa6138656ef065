package io.pcmops.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.model.TargetRef;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.stub.StubOutcome;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.TestLibraries;
import io.pcmops.testkit.contract.ProviderContractTest;
import io.pcmops.testkit.contract.ProviderUnderTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The provider contract kit run against the {@code stub} provider (its journal stands for the fleet's memory). */
class StubContractTest extends ProviderContractTest {

    private static final String REFUSED_ACCOUNT = "100000000002";

    @Override
    protected ProviderUnderTest open(Path dataDirectory) {
        StubProvider stub = StubProvider.builder().targets(6).accounts(2).maxUnitSize(3)
                .journal(dataDirectory.resolve("stub-journal.txt")).refuseAccount(REFUSED_ACCOUNT)
                .scenario((target, index, script) -> switch (script.body()) {
                    case QUICK -> StubOutcome.success(OUTPUT, Duration.ZERO);
                    case BRIEF -> StubOutcome.success(OUTPUT, Duration.ofSeconds(2));
                    default -> StubOutcome.success("", Duration.ofMinutes(10));
                }).build();
        return new ProviderUnderTest(TestLibraries.open(dataDirectory, stub), stub);
    }

    @Override
    protected List<TargetRef> refusedTargets(ProviderUnderTest provider) {
        return provider.targets().stream().map(t -> t.ref()).filter(t -> t.account().equals(REFUSED_ACCOUNT))
                .limit(1).toList();
    }

    @Override
    protected void assertNeverReachedTheFleet(ProviderUnderTest provider, DispatchUnit unit) {
        assertThat(((StubProvider) provider.provider()).journalledUnits())
                .noneMatch(entry -> entry.startsWith(unit.runId() + ":" + unit.unitId() + ":"));
    }
}
