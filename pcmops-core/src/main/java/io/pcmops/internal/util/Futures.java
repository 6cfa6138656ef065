package io.pcmops.internal.util;

import io.pcmops.PcmopsException;
import io.pcmops.ProviderException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Helpers for futures: unwrap wrapper exceptions once; run a supplier so its exception fails the future. */
public final class Futures {

    private Futures() {
    }

    /** Returns the cause hidden in {@link CompletionException} / {@link ExecutionException} wrappers. */
    public static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** Returns the error as a {@link PcmopsException}, wrapping anything else as a {@link ProviderException}. */
    public static PcmopsException asPcmops(Throwable error) {
        Throwable cause = unwrap(error);
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
