package io.pcmops.model;

/**
 * An organizational unit (or the organization root) an account sits under.
 *
 * @param id   id, e.g. {@code ou-ab12-34cd56ef} or {@code r-ab12}
 * @param name name
 */
public record OrganizationalUnit(String id, String name) {
}
