package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/** One SSM operation: a JSON request in, a JSON answer out, or an {@link SsmException}. */
@FunctionalInterface
interface SsmOperation {

    JsonNode handle(JsonNode request, Caller caller);
}
