package io.pcmops.aws.internal.ssm;

import io.pcmops.aws.internal.AwsErrors;
import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputText;
import io.pcmops.spi.InvocationUpdate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;
import software.amazon.awssdk.services.ssm.model.CommandPlugin;

/**
 * Turns one polling round's invocations into the updates worth reporting: changed states only, final states with
 * their complete output, and, once the command expired, a final state for targets SSM never listed.
 */
final class InvocationUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(InvocationUpdates.class);

    private final OutputReader reader;
    private final Clock clock;

    InvocationUpdates(OutputReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    CompletableFuture<List<InvocationUpdate>> of(TrackedCommand command, List<CommandInvocation> invocations) {
        List<CompletableFuture<InvocationUpdate>> pending = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (CommandInvocation invocation : invocations) {
            String id = invocation.instanceId();
            if (command.targets().contains(id) && listed.add(id)) {
                changed(command, invocation).ifPresent(pending::add);
            }
        }
        if (clock.instant().isAfter(command.deadline())) {
            command.targets().stream().filter(t -> !listed.contains(t) && !CommandTracker.isFinal(
                    command.reported(t))).forEach(t -> pending.add(CompletableFuture.completedFuture(
                    InvocationUpdate.state(t, InvocationState.TIMED_OUT_DELIVERY,
                            "SSM never reported this target before the command expired"))));
        }
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .thenApply(v -> pending.stream().map(CompletableFuture::join).toList());
    }

    private java.util.Optional<CompletableFuture<InvocationUpdate>> changed(TrackedCommand command,
                                                                            CommandInvocation invocation) {
        InvocationStatusMapping.Mapped mapped = InvocationStatusMapping.map(invocation.statusAsString(),
                invocation.statusDetails());
        InvocationState previous = command.reported(invocation.instanceId());
        if (previous == mapped.state() || CommandTracker.isFinal(previous)) {
            return java.util.Optional.empty();
        }
        CommandPlugin plugin = invocation.commandPlugins().isEmpty() ? null : invocation.commandPlugins().get(0);
        if (!mapped.state().terminal()) {
            return java.util.Optional.of(CompletableFuture.completedFuture(update(invocation, mapped, plugin,
                    null)));
        }
        return java.util.Optional.of(reader.read(command, invocation.instanceId(), plugin)
                .exceptionally(error -> unreadable(command, invocation, plugin, error))
                .thenApply(output -> update(invocation, mapped, plugin, output)));
    }

    private static OutputText[] unreadable(TrackedCommand command, CommandInvocation invocation,
                                           CommandPlugin plugin, Throwable error) {
        LOG.warn("command {}: full output of {} unavailable ({}); keeping the plugin output", command.commandId(),
                invocation.instanceId(), AwsErrors.describe(error));
        OutputText[] partial = PluginOutput.split(plugin == null || plugin.output() == null ? "" : plugin.output());
        return new OutputText[] {OutputText.of(partial[0].text(), true), OutputText.of(partial[1].text(), true)};
    }

    private static InvocationUpdate update(CommandInvocation invocation, InvocationStatusMapping.Mapped mapped,
                                           CommandPlugin plugin, OutputText[] output) {
        Integer code = plugin == null || plugin.responseCode() == null || plugin.responseCode() == -1 ? null
                : plugin.responseCode();
        return new InvocationUpdate(invocation.instanceId(), mapped.state(), mapped.reason(),
                mapped.state().terminal() ? code : null, output == null ? null : output[0],
                output == null ? null : output[1], plugin == null ? null : plugin.responseStartDateTime(),
                plugin == null || !mapped.state().terminal() ? null : plugin.responseFinishDateTime());
    }
}
