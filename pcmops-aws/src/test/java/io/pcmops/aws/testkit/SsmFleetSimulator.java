package io.pcmops.aws.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * An SSM Run Command server on {@code 127.0.0.1} (a free port) speaking AWS JSON 1.1 for SendCommand,
 * ListCommandInvocations, GetCommandInvocation, ListCommands, CancelCommand and DescribeInstanceInformation, over
 * simulated fleets registered per (account, region). Behaviour follows {@code shared/reference/SSM-BEHAVIOUR.md}.
 *
 * <p>Tenancy: the caller's account comes from the access key id in the SigV4 {@code Authorization} header
 * ({@link #mapAccessKey}, else the builder's {@link AccountResolver}); the region from its credential scope.
 * Signatures are not checked. A command sees only its caller's account and region.
 *
 * <p>Time: all timestamps are real wall-clock time. Every simulated duration — TimeoutSeconds, executionTimeout,
 * ExpiresAfter, the visibility, dispatch, undeliverable and delivery-retry delays and the runtimes of
 * {@linkplain Behaviour#scripted scripted} behaviours — is multiplied by the
 * {@linkplain SsmFleetSimulatorBuilder#timeScale time scale}; so ExpiresAfter − RequestedDateTime is (TimeoutSeconds +
 * executionTimeout) × scale, and a scripted 30-second job outlives a 10-second execution timeout at any scale. Real
 * scripts ({@link Behaviour#realShell()}) run in real time, which stands for real ÷ scale simulated time: at scale
 * 0.001 a {@code sleep 1} is a 1,000-second job. Windows such as "invocations not yet visible" last long enough for a
 * client to see them only at a scale where the delay times the scale spans a few of its polling intervals.
 *
 * <p>Close it to stop the server and kill every script still running.
 */
public final class SsmFleetSimulator implements AutoCloseable {

    private final FleetEngine engine;
    private final Tenancy tenancy;
    private final HttpServer server;
    private final ExecutorService httpThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicLong fleetCounter = new AtomicLong();

    SsmFleetSimulator(SimulatorSettings settings, AccountResolver resolver) throws IOException {
        this.engine = new FleetEngine(settings);
        this.tenancy = new Tenancy(resolver);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(httpThreads);
        server.createContext("/", new SsmProtocolHandler(SsmOperations.all(engine),
                SsmOperations.throttles(settings.throttles()), tenancy, engine.stats));
        server.start();
    }

    /** A builder with the defaults described on its methods. */
    public static SsmFleetSimulatorBuilder builder() {
        return new SsmFleetSimulatorBuilder();
    }

    /** The endpoint to give an SDK client's {@code endpointOverride}, e.g. {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Registers (or replaces) an instance. */
    public void register(SimulatedInstance instance) {
        engine.registry.register(instance);
    }

    /** Registers many instances. */
    public void registerAll(Collection<SimulatedInstance> instances) {
        instances.forEach(engine.registry::register);
    }

    /**
     * Registers {@code count} instances with fresh unique ids ({@code i-} + 17 hex digits), each built from
     * {@code template} (set account, region, behaviour…), and returns them in id order.
     */
    public List<SimulatedInstance> registerFleet(int count, UnaryOperator<SimulatedInstance.Builder> template) {
        List<SimulatedInstance> fleet = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = String.format("i-%017x", fleetCounter.incrementAndGet());
            fleet.add(template.apply(SimulatedInstance.builder()).instanceId(id).build());
        }
        registerAll(fleet);
        return fleet;
    }

    /** Changes a registered instance, e.g. {@code update(id, b -> b.state(State.RUNNING))}. */
    public SimulatedInstance update(String instanceId, UnaryOperator<SimulatedInstance.Builder> change) {
        return engine.registry.update(instanceId, change);
    }

    /** Stores an SSM parameter that {@code {{ssm:NAME}}} references in SendCommand parameters resolve to. */
    public void putParameter(String account, String region, String name, String value) {
        engine.parameters.put(account, region, name, value);
    }

    /**
     * Whether {@code InvalidInstanceId} names the refused instances (default true); off, it comes without a message,
     * as real SSM sometimes answers.
     */
    public void namesInvalidInstances(boolean names) {
        engine.namesInvalidInstances(names);
    }

    /** Requests signed with this access key id come from {@code account}. */
    public void mapAccessKey(String accessKeyId, String account) {
        tenancy.map(accessKeyId, account);
    }

    /** Every accepted command, oldest first. */
    public List<ReceivedCommand> commands() {
        return engine.allCommands().reversed().stream().map(c -> ReceivedCommand.of(c.spec)).toList();
    }

    /** How many requests named this operation (e.g. {@code "SendCommand"}), throttled and failed ones included. */
    public long callCount(String operation) {
        return engine.stats.calls(operation);
    }

    /**
     * How many ListCommandInvocations and GetCommandInvocation calls about the command were answered while it was
     * not yet visible (an empty list, {@code InvocationDoesNotExist}).
     */
    public long answersBeforeVisible(String commandId) {
        return engine.stats.beforeVisible(commandId);
    }

    /** Requests per operation. */
    public Map<String, Long> callCounts() {
        return engine.stats.allCalls();
    }

    /** The most invocations of the command that were sent and not yet terminal at one time. */
    public int maxConcurrentInvocations(String commandId) {
        return command(commandId).maxRunning();
    }

    /** The scripts that started on an instance, oldest first. */
    public List<ExecutedScript> executions(String instanceId) {
        return engine.stats.executions(instanceId);
    }

    /** Waits (real time) until every invocation of the command is terminal; false on timeout. */
    public boolean awaitCompletion(String commandId, Duration timeout) throws InterruptedException {
        return command(commandId).awaitDone(System.nanoTime() + timeout.toNanos());
    }

    /** Script processes running now. */
    public int runningProcesses() {
        return engine.processes.count();
    }

    /** Stops the server and kills every running script. */
    @Override
    public void close() {
        server.stop(0);
        engine.close();
        httpThreads.shutdownNow();
    }

    private SimCommand command(String commandId) {
        return engine.find(commandId).orElseThrow(() -> new IllegalArgumentException("no command " + commandId));
    }

    /**
     * A script that started on an instance.
     *
     * @param commandId the command
     * @param instanceId the instance
     * @param documentName the document
     * @param commands the script lines
     * @param startedAt when it went InProgress
     */
    public record ExecutedScript(String commandId, String instanceId, String documentName, List<String> commands,
            Instant startedAt) {
    }
}
