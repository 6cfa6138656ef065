package io.pcmops.aws.testkit;

import io.pcmops.aws.testkit.ScriptOutcome.Ending;
import io.pcmops.aws.testkit.SimulatedInstance.PingStatus;
import io.pcmops.aws.testkit.SimulatedInstance.State;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The life of one sent invocation (SSM-BEHAVIOUR.md §12): Pending for the dispatch delay; then Undeliverable for a
 * ConnectionLost instance, Delayed while the instance is not running, else InProgress while the behaviour runs, and
 * the terminal state its outcome means. Cancel and expiry complete the invocation's stop signal.
 */
final class InvocationRunner implements Runnable {

    private static final System.Logger LOG = System.getLogger(InvocationRunner.class.getName());

    private final FleetEngine engine;
    private final SimInvocation invocation;
    private final SimCommand command;

    InvocationRunner(FleetEngine engine, SimInvocation invocation) {
        this.engine = engine;
        this.invocation = invocation;
        this.command = invocation.command;
    }

    @Override
    public void run() {
        try {
            live();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "invocation " + invocation.instanceId() + " failed", e);
            byte[] message = e.toString().getBytes(StandardCharsets.UTF_8);
            command.finish(invocation, InvocationState.FAILED, 1, new byte[0], message);
        }
    }

    private void live() throws InterruptedException {
        SimulatorSettings settings = engine.settings;
        if (stoppedWithin(settings.dispatchDelay())) {
            return;
        }
        SimulatedInstance instance = engine.registry.current(invocation.instance);
        if (instance.pingStatus() == PingStatus.CONNECTION_LOST) {
            if (!stoppedWithin(settings.undeliverableDelay().minus(settings.dispatchDelay()))) {
                command.finish(invocation, InvocationState.UNDELIVERABLE);
            }
            return;
        }
        while (instance.state() != State.RUNNING) {
            command.advance(invocation, InvocationState.DELAYED, null);
            if (stoppedWithin(settings.deliveryRetryInterval())) {
                return;
            }
            instance = engine.registry.current(invocation.instance);
        }
        if (Instant.now().isBefore(command.spec.deliveryDeadline())
                && command.advance(invocation, InvocationState.IN_PROGRESS, Instant.now())) {
            execute(instance);
        }
    }

    private void execute(SimulatedInstance instance) throws InterruptedException {
        CommandSpec spec = command.spec;
        DocumentParameters parameters = spec.parameters();
        engine.stats.recordExecution(new SsmFleetSimulator.ExecutedScript(spec.commandId(), instance.instanceId(),
                spec.document().documentName(), parameters.commands(), Instant.now()));
        ScriptContext context = new ScriptContext(spec.commandId(), instance, spec.document().documentName(),
                parameters.commands(), parameters.workingDirectory(),
                engine.clock.realSeconds(parameters.effectiveExecutionTimeoutSeconds()), invocation.stop,
                Map.of("AWS_SSM_INSTANCE_ID", instance.instanceId(), "AWS_SSM_REGION_NAME", instance.region()),
                engine.settings.timeScale());
        Behaviour behaviour = instance.behaviour() == RealScriptBehaviour.INSTANCE
                ? engine.realScripts : instance.behaviour();
        Optional<ScriptOutcome> outcome = behaviour.run(context);
        if (outcome.isPresent()) {
            report(outcome.get(), context);
        }
    }

    private void report(ScriptOutcome outcome, ScriptContext context) {
        InvocationState state = stateOf(outcome, context);
        if (state == null) {
            return;
        }
        new OutputUploader(engine.settings.outputSink()).upload(command.spec, invocation.instanceId(), outcome);
        command.finish(invocation, state, outcome.exitCode(), outcome.stdout(), outcome.stderr());
    }

    /** The terminal state for an outcome, or null when the invocation was already ended (expiry). */
    private InvocationState stateOf(ScriptOutcome outcome, ScriptContext context) {
        if (outcome.ending() == Ending.STOPPED) {
            boolean cancelling = command.locked(() -> invocation.state == InvocationState.CANCELLING);
            return cancelling ? InvocationState.CANCELLED : null;
        }
        if (outcome.ending() == Ending.TIMED_OUT) {
            return InvocationState.EXECUTION_TIMED_OUT;
        }
        if (outcome.exitCode() == 0) {
            return InvocationState.SUCCESS;
        }
        boolean killedLinux = outcome.exitCode() == 137 && context.killExitCode() == 137;
        return killedLinux ? InvocationState.EXECUTION_TIMED_OUT : InvocationState.FAILED;
    }

    private boolean stoppedWithin(Duration simulated) throws InterruptedException {
        Duration real = engine.clock.real(simulated);
        try {
            invocation.stop.get(Math.max(0, real.toNanos()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }
}
