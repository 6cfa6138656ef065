package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SSM Parameter Store as far as Run Command uses it: SendCommand replaces every {@code {{ssm:NAME}}} reference in
 * its parameter values by the value of parameter {@code NAME} in the caller's account and region, with the caller's
 * rights, before the agent gets them; so a script that contains such text as data is changed on its way (the reason
 * the provider encodes scripts). A reference to a parameter that does not exist is {@code InvalidParameters} (the
 * message wording is inference).
 */
final class ParameterStore {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*ssm:([^}\\s]+)\\s*}}");

    private final Map<String, String> values = new ConcurrentHashMap<>();

    void put(String account, String region, String name, String value) {
        values.put(key(account, region, name), value);
    }

    /** Returns the request's {@code Parameters} with every reference resolved. */
    ObjectNode resolve(JsonNode parameters, Caller caller) {
        ObjectNode resolved = WireJson.object();
        if (parameters == null || !parameters.isObject()) {
            return resolved;
        }
        parameters.properties().forEach(entry -> {
            if (!entry.getValue().isArray()) {
                resolved.set(entry.getKey(), entry.getValue());
                return;
            }
            ArrayNode list = resolved.putArray(entry.getKey());
            entry.getValue().forEach(v -> list.add(v.isTextual() ? resolve(v.asText(), caller) : v.asText()));
        });
        return resolved;
    }

    private String resolve(String text, Caller caller) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(key(caller.account(), caller.region(), matcher.group(1)));
            if (value == null) {
                throw new SsmException("InvalidParameters", "Parameter " + matcher.group() + " could not be "
                        + "resolved: parameter " + matcher.group(1) + " not found.");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    private static String key(String account, String region, String name) {
        return account + "/" + region + "/" + name;
    }
}
