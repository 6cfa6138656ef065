package io.pcmops.internal.workflow.definition;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.pcmops.InvalidRequestException;
import io.pcmops.PcmopsException;
import io.pcmops.model.WorkflowDefinition;

/**
 * Reads a workflow definition from YAML and checks it. Every fault is reported with its line and field:
 * {@code line 14 (steps[1].gate): a gate with 'groupBy' needs 'parameter'…}.
 */
public final class WorkflowParser {

    /** Largest definition accepted, in characters. */
    public static final int MAX_LENGTH = 1_000_000;

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final ObjectMapper MAPPER = YAMLMapper.builder(FACTORY)
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private static final java.util.regex.Pattern MISMATCH = java.util.regex.Pattern.compile(
            "^Cannot deserialize value of type `([^`<]+)[^`]*`(?: from (\\w+)(?: value| \"([^\"]*)\"))?");

    private WorkflowParser() {
    }

    /**
     * Parses and checks a definition.
     *
     * @throws InvalidRequestException naming the line and field at fault
     */
    public static WorkflowDefinition parse(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new InvalidRequestException("the workflow definition is empty");
        }
        if (yaml.length() > MAX_LENGTH) {
            throw new InvalidRequestException("the workflow definition is longer than " + MAX_LENGTH + " characters");
        }
        LocationIndex index = LocationIndex.of(FACTORY, yaml);
        WorkflowDefinition definition = bind(yaml, index);
        try {
            DefinitionChecker.check(definition);
        } catch (DefinitionError e) {
            throw fault(index.line(e.pointer()), FieldPaths.fromPointer(e.pointer()), e.getMessage());
        }
        return definition;
    }

    private static WorkflowDefinition bind(String yaml, LocationIndex index) {
        try {
            WorkflowDefinition definition = MAPPER.readValue(yaml, WorkflowDefinition.class);
            if (definition == null) {
                throw new InvalidRequestException("the workflow definition is empty");
            }
            return definition;
        } catch (JsonMappingException e) {
            String pointer = FieldPaths.pointer(e.getPath());
            int line = pointer.isEmpty() ? lineOf(e.getLocation()) : index.line(pointer);
            throw fault(line, FieldPaths.fromPointer(pointer), causeMessage(e));
        } catch (JacksonException e) {
            throw fault(lineOf(e.getLocation()), "", "not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static String causeMessage(JsonMappingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PcmopsException) {
                return cause.getMessage();
            }
        }
        String message = e.getOriginalMessage();
        java.util.regex.Matcher mismatch = MISMATCH.matcher(message);
        if (mismatch.find()) {
            String type = mismatch.group(1).substring(mismatch.group(1).lastIndexOf('.') + 1)
                    .toLowerCase(java.util.Locale.ROOT);
            String found = mismatch.group(3) != null ? "'" + mismatch.group(3) + "'"
                    : "Array".equals(mismatch.group(2)) ? "a list" : "Object".equals(mismatch.group(2)) ? "a mapping"
                    : "something else";
            return "expected " + ("duration".equals(type) ? "an ISO-8601 duration such as PT30M" : type) + ", found "
                    + found;
        }
        int details = message.indexOf(" (class ");
        message = details > 0 ? message.substring(0, details) : message;
        int known = message.indexOf(", not marked as ignorable");
        return known > 0 ? message.substring(0, known) : message;
    }

    private static int lineOf(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    private static InvalidRequestException fault(int line, String field, String message) {
        return new InvalidRequestException("workflow definition, line " + line
                + (field.isEmpty() ? "" : " (" + field + ")") + ": " + message);
    }
}
