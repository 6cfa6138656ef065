package io.pcmops.model;

import java.time.Instant;

/**
 * One stored version of a workflow. Versions are by content: saving an unchanged definition creates none.
 *
 * @param name       workflow name
 * @param version    version number, from 1
 * @param hash       SHA-256 (hex) of the YAML source
 * @param source     the YAML source as saved
 * @param definition the parsed definition
 * @param shipped    whether this version is one shipped with PCM-Ops
 * @param createdAt  when this version was saved
 * @param createdBy  who saved it
 */
public record Workflow(String name, int version, String hash, String source, WorkflowDefinition definition,
                       boolean shipped, Instant createdAt, String createdBy) {
}
