package io.pcmops.internal.service;

import io.pcmops.internal.store.NewRun.Settled;
import io.pcmops.model.InvocationState;
import io.pcmops.model.ReachabilityStatus;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Target;
import io.pcmops.spi.CommandExecutor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, before anything is sent, which targets will not be run and why: stopped or terminated machines,
 * unreachable agents, platforms that cannot run the script's language.
 */
final class PreflightCheck {

    private PreflightCheck() {
    }

    static Map<Integer, Settled> settle(List<Target> targets, ScriptLanguage language, CommandExecutor executor) {
        Map<Integer, Settled> settled = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            int index = i;
            reason(targets.get(i), language, executor)
                    .ifPresent(reason -> settled.put(index, new Settled(InvocationState.NOT_EXECUTED, reason)));
        }
        return settled;
    }

    private static Optional<String> reason(Target target, ScriptLanguage language, CommandExecutor executor) {
        switch (target.state()) {
            case TERMINATED, SHUTTING_DOWN -> {
                return Optional.of("target is " + target.state().id());
            }
            case STOPPED, STOPPING -> {
                return Optional.of("target is " + target.state().id() + "; start it to run scripts on it");
            }
            default -> { }
        }
        ReachabilityStatus reachability = target.reachability().status();
        if (reachability == ReachabilityStatus.NOT_MANAGED) {
            return Optional.of("unreachable: no agent is registered for this target");
        }
        if (reachability == ReachabilityStatus.OFFLINE) {
            return Optional.of("unreachable: the agent is offline"
                    + (target.reachability().lastSeen() == null ? "" : " since " + target.reachability().lastSeen()));
        }
        return executor.incompatibility(target.ref(), language);
    }
}
