package io.pcmops.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.Behaviour;
import io.pcmops.model.Target;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.testkit.contract.ProviderContractTest;
import io.pcmops.testkit.contract.ProviderUnderTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider contract kit run against the {@code aws} provider: the real SDK clients against moto and the SSM
 * fleet simulator (scripts run for real), through the fault proxies.
 */
class AwsContractTest extends ProviderContractTest {

    @TempDir
    static Path environmentDirectory;

    private static AwsTestEnvironment env;

    private final Set<Path> prepared = new HashSet<>();

    @BeforeAll
    static void startEnvironment() {
        env = AwsTestEnvironment.builder(environmentDirectory).members(2).regions(List.of("us-east-1")).perRegion(3)
                .govAccount(null).behaviour(Behaviour.realShell()).start();
    }

    @AfterAll
    static void stopEnvironment() {
        env.close();
    }

    @AfterEach
    void removeFaults() {
        env.resetProxies();
    }

    @Override
    protected ProviderUnderTest open(Path dataDirectory) {
        AwsProvider aws = new AwsProvider();
        return new ProviderUnderTest(env.openLibrary(dataDirectory, aws, b -> b, prepared.add(dataDirectory)), aws);
    }

    @Override
    protected List<TargetRef> targets(ProviderUnderTest provider) {
        return targetsOf(provider, env.members().get(0), 3);
    }

    /** AssumeRole into the second member account is denied, so its units are refused before anything is sent. */
    @Override
    protected List<TargetRef> refusedTargets(ProviderUnderTest provider) {
        List<TargetRef> targets = targetsOf(provider, env.members().get(1), 2);
        env.motoProxy().denyAssumeRole(env.roleArn(env.members().get(1)));
        return targets;
    }

    /** SSM resets an execution timeout below 5 s to an hour; the simulator's time scale makes 10 s take 10 ms. */
    @Override
    protected Duration shortExecutionTimeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    protected void assertNeverReachedTheFleet(ProviderUnderTest provider, DispatchUnit unit) {
        assertThat(env.simulator().commands()).noneMatch(command -> command.comment().equals(unit.comment()));
    }

    private static List<TargetRef> targetsOf(ProviderUnderTest provider, String account, int count) {
        return provider.targets().stream().filter(t -> t.account().equals(account)).map(Target::ref).limit(count)
                .toList();
    }
}
