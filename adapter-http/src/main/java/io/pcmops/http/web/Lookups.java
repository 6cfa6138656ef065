package io.pcmops.http.web;

import io.pcmops.NotFoundException;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns the library's getters, which fail with {@link NotFoundException}, into optional look-ups. */
public final class Lookups {

    private Lookups() {
    }

    /** Returns what the getter finds, or empty when it fails with {@link NotFoundException}. */
    public static <T> Optional<T> find(Supplier<T> getter) {
        try {
            return Optional.of(getter.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
