package io.pcmops.internal.workflow.engine;

import io.pcmops.Scripts;
import io.pcmops.internal.util.Hashing;
import io.pcmops.model.Gate;
import io.pcmops.model.ParameterSpec;
import io.pcmops.model.ParameterType;
import io.pcmops.model.Platform;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptDefinition;
import io.pcmops.model.StepScript;
import io.pcmops.model.WorkflowDefinition;
import io.pcmops.model.WorkflowStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a step's script into the script library ({@code wf.<workflow>.<step>.<platform>}, versioned by content like
 * any script) with the workflow's typed parameters, the gate's parameter and the built-in ones, so each step's run
 * is a run of a saved script whose parameters get the library's normal checks and treatment.
 */
final class StepScripts {

    /** Built-in parameter: the workflow run id. */
    static final String WORKFLOW_RUN = "PCMOPS_WORKFLOW_RUN";
    /** Built-in parameter: the change ticket, else the workflow run id. */
    static final String CHANGE = "PCMOPS_CHANGE";

    private StepScripts() {
    }

    static ScriptChoice save(Scripts scripts, WorkflowDefinition definition, int stepIndex, Platform platform) {
        WorkflowStep step = definition.steps().get(stepIndex);
        StepScript script = step.scripts().get(platform);
        String name = name(definition.name(), step.id(), platform);
        List<ParameterSpec> parameters = new ArrayList<>(definition.parameters());
        Gate gate = step.gate();
        if (gate != null && gate.parameter() != null) {
            parameters.add(new ParameterSpec(gate.parameter(), ParameterType.STRING, false, null, null, null,
                    "answer of the gate of step " + step.id()));
        }
        parameters.add(new ParameterSpec(WORKFLOW_RUN, ParameterType.STRING, true, null, null, null,
                "workflow run id"));
        parameters.add(new ParameterSpec(CHANGE, ParameterType.STRING, true, null, null, null,
                "change ticket, else the workflow run id"));
        int version = scripts.save(new ScriptDefinition(name, "step '" + step.id() + "' of workflow "
                + definition.name(), script.language(), script.body(), parameters)).version();
        return ScriptChoice.saved(name, version);
    }

    static String name(String workflow, String step, Platform platform) {
        String name = "wf." + workflow + "." + step + "." + platform.id();
        return name.length() <= 100 ? name : "wf." + Hashing.sha256(workflow).substring(0, 16) + "." + step + "."
                + platform.id();
    }
}
