package io.pcmops.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import io.pcmops.internal.workflow.ShippedWorkflows;
import io.pcmops.internal.workflow.definition.WorkflowParser;
import io.pcmops.model.Platform;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.WorkflowDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DefinitionParsingTest {

    private static final String GOOD = """
            name: demo
            steps:
              - id: one
                scripts:
                  linux: {language: shell, body: "echo a=1"}
              - id: two
                scripts:
                  linux: {language: shell, body: "echo b=2"}
            """;

    @ParameterizedTest
    @ValueSource(strings = {"linux-patch-prep", "linux-patch-post", "sft-agent-fix", "disk-report"})
    void shippedWorkflows_parse(String name) {
        WorkflowDefinition definition = WorkflowParser.parse(ShippedWorkflows.source(name));

        assertThat(definition.name()).isEqualTo(name);
        assertThat(definition.steps()).allSatisfy(s -> assertThat(s.scripts()).containsKey(Platform.LINUX));
    }

    @Test
    void sftAgentFix_hasPowerShellForWindowsInEveryStep() {
        WorkflowDefinition definition = WorkflowParser.parse(ShippedWorkflows.source("sft-agent-fix"));

        assertThat(definition.steps()).allSatisfy(s ->
                assertThat(s.scripts().get(Platform.WINDOWS).language()).isEqualTo(ScriptLanguage.POWERSHELL));
        assertThat(definition.flowOf(0)).extracting(f -> f.to()).containsExactly("install", "reset");
    }

    @Test
    void goodDefinition_defaultsFlowToTheFollowingStep() {
        WorkflowDefinition definition = WorkflowParser.parse(GOOD);

        assertThat(definition.flowOf(0)).singleElement().satisfies(f -> assertThat(f.to()).isEqualTo("two"));
        assertThat(definition.flowOf(1)).isEmpty();
        assertThat(definition.steps().get(0).reader().keyValue()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            bdy: |4|steps[0].scripts.linux|needs a body
            next: [{to: nowhere}]|4|steps[0].next[0].to|no step 'nowhere'
            next: [{to: one}]|4|steps[0].next[0].to|does not come after this one
            gate: {groupBy: '{x}'}|4|steps[0].gate|needs 'parameter'
            rules: [{fail: oops}]|4|steps[0].rules[0]|needs 'when'
            rules: [{warn: w, when: {fact: a, is: x, not: y}}]|4|steps[0].rules[0].when|exactly one of
            reader: {regex: {a: '([a-z'}}|4|steps[0].reader|not a valid regular expression
            timeout: soon|4|steps[0].timeout|expected an ISO-8601 duration such as PT30M, found 'soon'
            """)
    void badStep_isRefusedWithItsLineAndField(String extra, int line, String field, String message) {
        String yaml = """
                name: demo
                steps:
                  - id: one
                    %s
                    scripts:
                      linux: {language: shell, body: "echo a=1"}
                  - id: two
                    scripts:
                      linux: {language: shell, body: "echo b=2"}
                """.formatted(extra.startsWith("bdy") ? "title: t" : extra)
                .replace("body: \"echo a=1\"", extra.startsWith("bdy") ? "bdy: \"echo a=1\"" : "body: \"echo a=1\"");
        int expectedLine = extra.startsWith("bdy") ? 6 : line;

        assertThatThrownBy(() -> WorkflowParser.parse(yaml)).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("workflow definition, line " + expectedLine + " (" + field + ")")
                .hasMessageContaining(message);
    }

    @Test
    void windowsShellScript_duplicateIdsAndReservedNames_areRefused() {
        assertThatThrownBy(() -> WorkflowParser.parse(GOOD.replace("linux: {language: shell, body: \"echo b=2\"}",
                "windows: {language: shell, body: \"echo b=2\"}")))
                .hasMessageContaining("line 8 (steps[1].scripts.windows.language)").hasMessageContaining("powershell");
        assertThatThrownBy(() -> WorkflowParser.parse(GOOD.replace("id: two", "id: one")))
                .hasMessageContaining("line 6 (steps[1].id): step id 'one' is used twice");
        assertThatThrownBy(() -> WorkflowParser.parse("name: demo\nparameters:\n  - {name: PCMOPS_X}\n"
                + GOOD.substring(GOOD.indexOf("steps:"))))
                .hasMessageContaining("line 3 (parameters[0].name)").hasMessageContaining("reserved");
    }

    @Test
    void notYamlOrEmpty_isRefusedWithALine() {
        assertThatThrownBy(() -> WorkflowParser.parse("name: demo\nsteps: 'unclosed\n"))
                .hasMessageStartingWith("workflow definition, line ").hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> WorkflowParser.parse("name: [a, b]\nsteps: []\n"))
                .hasMessage("workflow definition, line 1 (name): expected string, found a list");
        assertThatThrownBy(() -> WorkflowParser.parse("  ")).hasMessage("the workflow definition is empty");
        assertThatThrownBy(() -> WorkflowParser.parse("name: demo\n"))
                .hasMessageContaining("needs at least one step");
    }
}
