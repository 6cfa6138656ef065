package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** JSON helpers for the AWS JSON 1.1 wire format: epoch-second numbers, ISO strings, member access. */
final class WireJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private WireJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Epoch seconds with a millisecond fraction, as a plain decimal (e.g. {@code 1550173814.717}). */
    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }

    /** ISO-8601 with milliseconds ({@code 2019-02-14T19:26:26.439Z}), or {@code ""} for null. */
    static String isoOrEmpty(Instant instant) {
        return instant == null ? "" : ISO_MILLIS.format(instant);
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    static String text(JsonNode request, String member) {
        JsonNode node = request.get(member);
        return node == null || node.isNull() ? null : node.asText();
    }

    static Integer integer(JsonNode request, String member) {
        JsonNode node = request.get(member);
        return node == null || node.isNull() ? null : node.asInt();
    }

    static boolean bool(JsonNode request, String member) {
        JsonNode node = request.get(member);
        return node != null && node.asBoolean(false);
    }

    static List<String> stringList(JsonNode request, String member) {
        List<String> values = new ArrayList<>();
        JsonNode node = request.get(member);
        if (node != null && node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    static ObjectNode emptyNotificationConfig() {
        ObjectNode config = object().put("NotificationArn", "").put("NotificationType", "");
        config.putArray("NotificationEvents");
        return config;
    }

    static ObjectNode emptyCloudWatchConfig() {
        return object().put("CloudWatchLogGroupName", "").put("CloudWatchOutputEnabled", false);
    }
}
