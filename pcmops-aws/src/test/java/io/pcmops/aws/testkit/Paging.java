package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Opaque NextToken paging over a list already in answer order. The token names the sort key of the last item
 * returned, so items arriving between pages do not shift later pages. Bad tokens are {@code InvalidNextToken}.
 */
final class Paging {

    private static final String PREFIX = "ssm-sim:";

    private Paging() {
    }

    /** The bounds of {@code MaxResults} for an operation, and its default. */
    record Limits(int min, int max, int fallback) {
    }

    /** One page of {@code items}, written to {@code answer[member]} with {@code NextToken} when more remain. */
    static <T> void page(List<T> items, Function<T, String> sortKey, Function<T, ObjectNode> render,
            Integer maxResults, String nextToken, Limits limits, ObjectNode answer, String member) {
        int size = size(maxResults, limits);
        String after = nextToken == null ? null : decode(nextToken);
        List<T> remaining = after == null ? items
                : items.stream().filter(i -> sortKey.apply(i).compareTo(after) > 0).toList();
        ArrayNode array = answer.putArray(member);
        remaining.stream().limit(size).forEach(i -> array.add(render.apply(i)));
        if (remaining.size() > size) {
            answer.put("NextToken", encode(sortKey.apply(remaining.get(size - 1))));
        }
    }

    private static int size(Integer maxResults, Limits limits) {
        if (maxResults == null) {
            return limits.fallback();
        }
        if (maxResults < limits.min()) {
            throw SsmException.validation(maxResults.toString(), "maxResults",
                    "Member must have value greater than or equal to " + limits.min());
        }
        if (maxResults > limits.max()) {
            throw SsmException.validation(maxResults.toString(), "maxResults",
                    "Member must have value less than or equal to " + limits.max());
        }
        return maxResults;
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        throw new SsmException("InvalidNextToken", "The specified token isn't valid.");
    }
}
