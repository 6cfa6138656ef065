/** The AWS provider (id {@code aws}). */
package io.pcmops.aws;
