package io.pcmops.cli.commands.providers;

/**
 * A provider as {@code providers list} prints it.
 *
 * @param id          provider id
 * @param displayName human name
 * @param description one sentence
 * @param enabled     whether targets, plans and runs may use it
 */
public record ProviderRow(String id, String displayName, String description, boolean enabled) {
}
