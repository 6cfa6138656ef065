package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code Filters} of ListCommands and ListCommandInvocations: lower-case {@code {"key","value"}} members, keys
 * {@code InvokedAfter}, {@code InvokedBefore} (ISO-8601), {@code Status} (matches Status or StatusDetails),
 * {@code DocumentName}, and for ListCommands {@code ExecutionStage} ({@code Executing} | {@code Complete}).
 */
final class CommandFilters {

    private static final Set<String> COMMON = Set.of("InvokedAfter", "InvokedBefore", "Status", "DocumentName");

    private CommandFilters() {
    }

    static Predicate<SimCommand> forCommands(JsonNode filters) {
        Predicate<SimCommand> all = c -> true;
        for (JsonNode filter : checked(filters, true)) {
            all = all.and(commandFilter(filter.path("key").asText(), filter.path("value").asText()));
        }
        return all;
    }

    static Predicate<SimInvocation> forInvocations(JsonNode filters) {
        Predicate<SimInvocation> all = i -> true;
        for (JsonNode filter : checked(filters, false)) {
            String key = filter.path("key").asText();
            String value = filter.path("value").asText();
            if (key.equals("Status")) {
                all = all.and(i -> i.state.matchesFilter(value));
            } else {
                Predicate<SimCommand> onCommand = commandFilter(key, value);
                all = all.and(i -> onCommand.test(i.command));
            }
        }
        return all;
    }

    private static Predicate<SimCommand> commandFilter(String key, String value) {
        return switch (key) {
            case "InvokedAfter" -> {
                Instant after = instant(value);
                yield c -> !c.spec.requestedAt().isBefore(after);
            }
            case "InvokedBefore" -> {
                Instant before = instant(value);
                yield c -> !c.spec.requestedAt().isAfter(before);
            }
            case "DocumentName" -> c -> c.spec.document().documentName().equals(value);
            case "ExecutionStage" -> stage(value);
            default -> c -> {
                CommandStatus status = c.status();
                return status.status().equals(value) || status.details().equals(value);
            };
        };
    }

    private static Predicate<SimCommand> stage(String value) {
        if (!value.equals("Executing") && !value.equals("Complete")) {
            throw new SsmException("InvalidFilterValue", "ExecutionStage must be Executing or Complete: " + value);
        }
        return c -> c.done() == value.equals("Complete");
    }

    private static Iterable<JsonNode> checked(JsonNode filters, boolean commands) {
        if (filters == null || filters.isNull()) {
            return java.util.List.of();
        }
        if (!filters.isArray() || filters.size() < 1 || filters.size() > 5) {
            throw SsmException.validation(String.valueOf(filters), "filters",
                    "Member must have length less than or equal to 5");
        }
        for (JsonNode filter : filters) {
            String key = filter.path("key").asText();
            if (!COMMON.contains(key) && !(commands && key.equals("ExecutionStage"))) {
                throw new SsmException("InvalidFilterKey", "The specified key isn't valid: " + key);
            }
            String value = filter.path("value").asText("");
            if (value.isEmpty() || value.length() > 128) {
                throw SsmException.validation(value, "filters.member.value",
                        "Member must have length between 1 and 128");
            }
        }
        return filters;
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException again) {
                throw new SsmException("InvalidFilterValue", "The filter value isn't valid: " + value);
            }
        }
    }
}
