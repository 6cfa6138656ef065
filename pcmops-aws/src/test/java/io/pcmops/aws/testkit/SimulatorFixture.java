package io.pcmops.aws.testkit;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/**
 * One simulator per test class, with a Netty client and an SSM client on it (no retries, so every error shows at
 * once), started before the class's {@code @BeforeAll} methods and closed after the class.
 */
final class SimulatorFixture implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<SsmFleetSimulator> starter;
    private final String accessKey;
    private final String region;
    private SsmFleetSimulator simulator;
    private SdkAsyncHttpClient http;
    private SsmAsyncClient ssm;

    private SimulatorFixture(Supplier<SsmFleetSimulator> starter, String accessKey, String region) {
        this.starter = starter;
        this.accessKey = accessKey;
        this.region = region;
    }

    /** The fast simulator of {@link SimulatorTestSupport}, the client signing as its test key in its region. */
    static SimulatorFixture fast() {
        return of(SimulatorTestSupport::fastSimulator, SimulatorTestSupport.ACCESS_KEY, SimulatorTestSupport.REGION);
    }

    /** A simulator from {@code starter}, the client signing with {@code accessKey} in {@code region}. */
    static SimulatorFixture of(Supplier<SsmFleetSimulator> starter, String accessKey, String region) {
        return new SimulatorFixture(starter, accessKey, region);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = starter.get();
        http = SdkTestClients.netty();
        ssm = SdkTestClients.ssm(simulator.endpoint(), http, accessKey, region, false);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ssm.close();
        http.close();
        simulator.close();
    }

    SsmFleetSimulator simulator() {
        return simulator;
    }

    SdkAsyncHttpClient http() {
        return http;
    }

    SsmAsyncClient ssm() {
        return ssm;
    }
}
