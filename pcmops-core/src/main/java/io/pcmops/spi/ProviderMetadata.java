package io.pcmops.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Describes a provider.
 *
 * @param id          stable lower-case id, e.g. {@code aws}; it is API and never changes
 * @param displayName human name, e.g. {@code Amazon Web Services (SSM Run Command)}
 * @param description one sentence saying what it runs scripts on
 */
public record ProviderMetadata(String id, String displayName, String description) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public ProviderMetadata {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("provider id '" + id + "' must be 1-32 lower-case letters, digits or "
                    + "'-', starting with a letter");
        }
        displayName = displayName == null ? id : displayName;
        description = description == null ? "" : description;
    }
}
