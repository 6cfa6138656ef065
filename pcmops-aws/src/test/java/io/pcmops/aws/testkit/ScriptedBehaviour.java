package io.pcmops.aws.testkit;

import io.pcmops.aws.testkit.Behaviour.ScriptedResult;
import io.pcmops.aws.testkit.ScriptOutcome.Ending;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * A behaviour without a subprocess: waits the scripted runtime (simulated time, scaled like every SSM duration),
 * honouring stop and the execution timeout.
 */
final class ScriptedBehaviour implements Behaviour {

    private final BiFunction<SimulatedInstance, List<String>, ScriptedResult> script;

    ScriptedBehaviour(BiFunction<SimulatedInstance, List<String>, ScriptedResult> script) {
        this.script = script;
    }

    @Override
    public Optional<ScriptOutcome> run(ScriptContext context) throws InterruptedException {
        ScriptedResult result = script.apply(context.instance(), context.commands());
        Duration runtime = context.realTime(result.runtime());
        boolean timesOut = runtime.compareTo(context.executionTimeout()) > 0;
        Duration wait = timesOut ? context.executionTimeout() : runtime;
        if (stoppedWithin(context, wait)) {
            return Optional.of(killed(Ending.STOPPED, context));
        }
        if (timesOut) {
            return Optional.of(killed(Ending.TIMED_OUT, context));
        }
        return Optional.of(ScriptOutcome.exited(result.exitCode(), result.stdout(), result.stderr()));
    }

    private static boolean stoppedWithin(ScriptContext context, Duration wait) throws InterruptedException {
        if (wait.isZero() || wait.isNegative()) {
            return context.stop().isDone();
        }
        try {
            context.stop().get(wait.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private static ScriptOutcome killed(Ending ending, ScriptContext context) {
        return new ScriptOutcome(ending, context.killExitCode(), new byte[0], new byte[0]);
    }
}
