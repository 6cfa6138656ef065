package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a user names targets. Every field narrows the set; an empty field does not filter.
 *
 * <p>{@code accounts} may hold {@code all}, which means every known account. {@code names} are
 * case-insensitive glob patterns ({@code web-*}). {@code ou} is an organizational unit id or name;
 * accounts anywhere beneath it match.
 *
 * @param provider  provider id; may be {@code null} when only one provider is configured
 * @param partition partition, e.g. {@code aws-us-gov}
 * @param accounts  account ids
 * @param ou        organizational unit id or name
 * @param regions   regions
 * @param tags      tags that must all match
 * @param platform  {@code linux}, {@code windows} or {@code macos}
 * @param state     target state, e.g. {@code running}
 * @param ids       target ids
 * @param names     name patterns
 */
public record Selector(
        String provider, String partition, List<String> accounts, String ou, List<String> regions,
        Map<String, String> tags, String platform, String state, List<String> ids, List<String> names) {

    private static final Set<String> PLATFORMS = Set.of("linux", "windows", "macos");

    public Selector {
        provider = blankToNull(provider);
        partition = blankToNull(partition);
        ou = blankToNull(ou);
        accounts = cleanAccounts(accounts);
        regions = clean(regions, "regions");
        ids = clean(ids, "ids");
        names = clean(names, "names");
        tags = cleanTags(tags);
        platform = checkPlatform(blankToNull(platform));
        state = checkState(blankToNull(state));
    }

    /** Returns a selector that matches every target of every provider. */
    public static Selector all() {
        return builder().build();
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this selector's values. */
    public Builder toBuilder() {
        return new Builder().provider(provider).partition(partition).accounts(accounts).ou(ou).regions(regions)
                .tags(tags).platform(platform).state(state).ids(ids).names(names);
    }

    /** Returns a copy bound to the given provider id. */
    public Selector withProvider(String providerId) {
        return toBuilder().provider(providerId).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<String> clean(List<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw new InvalidRequestException("selector field '" + field + "' contains an empty value");
            }
            result.add(value.trim());
        }
        return List.copyOf(result);
    }

    private static List<String> cleanAccounts(List<String> values) {
        List<String> cleaned = clean(values, "accounts");
        return cleaned.stream().anyMatch(a -> a.equalsIgnoreCase("all")) ? List.of() : cleaned;
    }

    private static Map<String, String> cleanTags(Map<String, String> tags) {
        if (tags == null) {
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        tags.forEach((key, value) -> {
            if (key == null || key.isBlank()) {
                throw new InvalidRequestException("selector tag with an empty key");
            }
            result.put(key.trim(), value == null ? "" : value);
        });
        return Collections.unmodifiableMap(result);
    }

    private static String checkPlatform(String value) {
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!PLATFORMS.contains(lower)) {
            throw new InvalidRequestException("unknown platform '" + value + "'; use linux, windows or macos");
        }
        return lower;
    }

    private static String checkState(String value) {
        if (value == null) {
            return null;
        }
        TargetState parsed = TargetState.parse(value);
        if (parsed == TargetState.UNRECOGNIZED) {
            throw new InvalidRequestException("unknown target state '" + value
                    + "'; use pending, running, stopping, stopped, shutting-down or terminated");
        }
        return parsed.id();
    }

    /** Builds a {@link Selector}. */
    public static final class Builder {
        private String provider;
        private String partition;
        private List<String> accounts;
        private String ou;
        private List<String> regions;
        private Map<String, String> tags;
        private String platform;
        private String state;
        private List<String> ids;
        private List<String> names;

        private Builder() {
        }

        public Builder provider(String value) { this.provider = value; return this; }
        public Builder partition(String value) { this.partition = value; return this; }
        public Builder accounts(List<String> value) { this.accounts = value; return this; }
        public Builder ou(String value) { this.ou = value; return this; }
        public Builder regions(List<String> value) { this.regions = value; return this; }
        public Builder tags(Map<String, String> value) { this.tags = value; return this; }
        public Builder platform(String value) { this.platform = value; return this; }
        public Builder state(String value) { this.state = value; return this; }
        public Builder ids(List<String> value) { this.ids = value; return this; }
        public Builder names(List<String> value) { this.names = value; return this; }

        public Selector build() {
            return new Selector(provider, partition, accounts, ou, regions, tags, platform, state, ids, names);
        }
    }
}
