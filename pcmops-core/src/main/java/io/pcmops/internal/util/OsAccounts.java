package io.pcmops.internal.util;

import java.util.OptionalLong;

/** Which operating-system account this process runs as. */
public final class OsAccounts {

    private OsAccounts() {
    }

    /** Returns this process's user id on a Unix-like system, or empty elsewhere. */
    public static OptionalLong currentUid() {
        try {
            return OptionalLong.of(new com.sun.security.auth.module.UnixSystem().getUid());
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** Returns whether this process runs as root (user id 0). */
    public static boolean isRoot() {
        return currentUid().orElse(-1) == 0;
    }
}
