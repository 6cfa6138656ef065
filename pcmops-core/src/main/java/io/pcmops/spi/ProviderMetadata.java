package io.pcmops.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Describes a provider: its id, its names and the settings it reads.
 *
 * <p>The library checks every setting against {@link #settings()} when it is set, and refuses keys the provider
 * does not declare, so a provider never sees a value of the wrong type or out of range. {@link SettingSpec#ENABLED}
 * is declared for every provider by the library and need not be listed.
 *
 * @param id          stable lower-case id, e.g. {@code aws}; it is API and never changes
 * @param displayName human name, e.g. {@code Amazon Web Services (SSM Run Command)}
 * @param description one sentence saying what it runs scripts on
 * @param settings    the settings the provider reads
 */
public record ProviderMetadata(String id, String displayName, String description, List<SettingSpec> settings) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public ProviderMetadata {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("provider id '" + id + "' must be 1-32 lower-case letters, digits or "
                    + "'-', starting with a letter");
        }
        displayName = displayName == null ? id : displayName;
        description = description == null ? "" : description;
        settings = withEnabled(settings == null ? List.of() : settings);
    }

    /** Describes a provider that reads no setting but {@code enabled}. */
    public ProviderMetadata(String id, String displayName, String description) {
        this(id, displayName, description, List.of());
    }

    /** Returns the declaration of a key (the setting itself, or the family it belongs to). */
    public Optional<SettingSpec> setting(String key) {
        return settings.stream().filter(spec -> spec.declares(key)).findFirst();
    }

    private static List<SettingSpec> withEnabled(List<SettingSpec> declared) {
        List<SettingSpec> all = new ArrayList<>();
        all.add(SettingSpec.ENABLED);
        declared.stream().filter(spec -> !spec.key().equals(SettingSpec.ENABLED.key())).forEach(all::add);
        return List.copyOf(all);
    }
}
