package io.pcmops.internal.util;

import io.pcmops.PcmopsException;
import io.pcmops.ProviderException;
import io.pcmops.spi.Failures;
import java.util.concurrent.CompletableFuture;

/** Helpers for futures: translate failures once; run a supplier so its exception fails the future. */
public final class Futures {

    private Futures() {
    }

    /** Returns the error as a {@link PcmopsException}, wrapping anything else as a {@link ProviderException}. */
    public static PcmopsException asPcmops(Throwable error) {
        Throwable cause = Failures.unwrap(error);
        if (cause instanceof PcmopsException pcmops) {
            return pcmops;
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ProviderException(message, cause);
    }

    /** Calls a supplier of a future; an exception it throws becomes a failed future. */
    public static <T> CompletableFuture<T> call(java.util.function.Supplier<CompletableFuture<T>> supplier) {
        try {
            CompletableFuture<T> future = supplier.get();
            return future == null ? CompletableFuture.failedFuture(new NullPointerException("null future")) : future;
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
