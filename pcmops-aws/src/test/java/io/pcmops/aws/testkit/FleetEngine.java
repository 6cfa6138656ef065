package io.pcmops.aws.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Holds the commands and drives them: one dispatcher per command, one runner per sent invocation, expiry timers. */
final class FleetEngine implements AutoCloseable {

    final SimulatorSettings settings;
    final SimClock clock;
    final InstanceRegistry registry = new InstanceRegistry();
    final SimulatorStats stats = new SimulatorStats();
    final ProcessTracker processes = new ProcessTracker();
    final RealScriptBehaviour realScripts;
    final ParameterStore parameters = new ParameterStore();
    private volatile boolean namesInvalidInstances = true;
    private final Map<String, SimCommand> commands = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("ssm-sim-", 0).factory());
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1,
            Thread.ofPlatform().daemon().name("ssm-sim-timer").factory());

    FleetEngine(SimulatorSettings settings) {
        this.settings = settings;
        this.clock = new SimClock(settings.timeScale());
        this.realScripts = new RealScriptBehaviour(settings.limits(), processes);
        timers.setRemoveOnCancelPolicy(true);
    }

    boolean namesInvalidInstances() {
        return namesInvalidInstances;
    }

    void namesInvalidInstances(boolean names) {
        this.namesInvalidInstances = names;
    }

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    /** Stores and starts a command. */
    SimCommand submit(CommandSpec spec, List<SimulatedInstance> instances) {
        SimCommand command = new SimCommand(spec, instances);
        commands.put(spec.commandId(), command);
        long delay = Math.max(0, Duration.between(Instant.now(), spec.expiresAt()).toNanos());
        timers.schedule(() -> threads.execute(command::expire), delay, TimeUnit.NANOSECONDS);
        threads.execute(new CommandDispatcher(this, command));
        return command;
    }

    void startRunner(SimInvocation invocation) {
        threads.execute(new InvocationRunner(this, invocation));
    }

    Optional<SimCommand> find(String commandId) {
        return Optional.ofNullable(commands.get(commandId));
    }

    /** The caller's commands, newest first. */
    List<SimCommand> commands(String account, String region) {
        return commands.values().stream()
                .filter(c -> c.spec.account().equals(account) && c.spec.region().equals(region))
                .sorted(Comparator.comparing(SimCommand::sortKey)).toList();
    }

    List<SimCommand> allCommands() {
        return commands.values().stream().sorted(Comparator.comparing(SimCommand::sortKey)).toList();
    }

    @Override
    public void close() {
        commands.values().forEach(c -> c.invocations().forEach(i -> i.stop.complete(null)));
        timers.shutdownNow();
        processes.killAll();
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        processes.killAll();
    }
}
