package io.pcmops.internal.workflow.definition;

import io.pcmops.model.FlowRule;
import io.pcmops.model.Platform;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.StepScript;
import io.pcmops.model.WorkflowDefinition;
import io.pcmops.model.WorkflowStep;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks what a single record cannot: unique names, forward-only flow, scripts fit for their platform. */
final class DefinitionChecker {

    /** Parameters every step gets from the workflow run. */
    static final List<String> BUILT_INS = List.of("PCMOPS_WORKFLOW_RUN", "PCMOPS_CHANGE");

    private DefinitionChecker() {
    }

    static void check(WorkflowDefinition definition) {
        Set<String> parameters = checkParameters(definition);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < definition.steps().size(); i++) {
            WorkflowStep step = definition.steps().get(i);
            String at = "/steps/" + i;
            if (!ids.add(step.id())) {
                throw new DefinitionError(at + "/id", "step id '" + step.id() + "' is used twice");
            }
            checkScripts(step, at);
            checkFlow(definition, i, at);
            if (step.gate() != null && step.gate().parameter() != null
                    && parameters.contains(step.gate().parameter())) {
                throw new DefinitionError(at + "/gate/parameter", "gate parameter '" + step.gate().parameter()
                        + "' is also a workflow parameter");
            }
        }
        if (definition.finalReport() != null && definition.indexOf(definition.finalReport().step()) < 0) {
            throw new DefinitionError("/finalReport/step", "no step '" + definition.finalReport().step() + "'");
        }
    }

    private static Set<String> checkParameters(WorkflowDefinition definition) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < definition.parameters().size(); i++) {
            String name = definition.parameters().get(i).name();
            if (name.toUpperCase(Locale.ROOT).startsWith("PCMOPS_")) {
                throw new DefinitionError("/parameters/" + i + "/name", "parameter names starting with PCMOPS_ are "
                        + "reserved");
            }
            if (!names.add(name)) {
                throw new DefinitionError("/parameters/" + i + "/name", "parameter '" + name + "' is declared twice");
            }
        }
        return names;
    }

    private static void checkScripts(WorkflowStep step, String at) {
        for (Map.Entry<Platform, StepScript> entry : step.scripts().entrySet()) {
            ScriptLanguage language = entry.getValue().language();
            boolean windows = entry.getKey() == Platform.WINDOWS;
            if (windows != (language == ScriptLanguage.POWERSHELL)) {
                throw new DefinitionError(at + "/scripts/" + entry.getKey().id() + "/language", language.id()
                        + " scripts do not run on " + entry.getKey().id() + (windows ? "; use powershell"
                        : "; use shell or python"));
            }
        }
    }

    private static void checkFlow(WorkflowDefinition definition, int index, String at) {
        List<FlowRule> next = definition.steps().get(index).next();
        if (next == null) {
            return;
        }
        for (int j = 0; j < next.size(); j++) {
            int target = definition.indexOf(next.get(j).to());
            if (target < 0) {
                throw new DefinitionError(at + "/next/" + j + "/to", "no step '" + next.get(j).to() + "'");
            }
            if (target <= index) {
                throw new DefinitionError(at + "/next/" + j + "/to", "step '" + next.get(j).to()
                        + "' does not come after this one; targets only move forward");
            }
        }
    }
}
