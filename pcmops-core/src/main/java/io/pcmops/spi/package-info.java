/**
 * What a provider implements to bring a kind of machine fleet to PCM-Ops.
 *
 * <p>A provider is a {@link io.pcmops.spi.Provider} with a stable lower-case id, an inventory and a command
 * executor, found with {@link java.util.ServiceLoader} ({@code META-INF/services/io.pcmops.spi.Provider}) or
 * registered explicitly with {@code Pcmops.builder().provider(...)}. Optional abilities (credential handling,
 * account discovery, API call counts) are default methods, so adding one never breaks an existing provider.
 *
 * <p>Methods that touch the network return {@link java.util.concurrent.CompletableFuture}s and never block the
 * calling thread. Failures complete the future with a {@link io.pcmops.PcmopsException} subtype.
 */
package io.pcmops.spi;
