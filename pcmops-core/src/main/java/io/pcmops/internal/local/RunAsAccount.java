package io.pcmops.internal.local;

import io.pcmops.internal.util.OsAccounts;
import io.pcmops.spi.DispatchRejectedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The operating-system account a script runs as, resolved with {@code id}. Switching to it uses {@code setpriv}
 * (util-linux, present on Debian and most Linux systems by default): real and effective user and group ids of the
 * account, its supplementary groups, and nothing else of this process's rights.
 *
 * @param name the account name
 * @param uid  its user id
 * @param gid  its primary group id
 */
record RunAsAccount(String name, long uid, long gid) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,31}");

    /**
     * Resolves an account name.
     *
     * @throws DispatchRejectedException when there is no such account or this process cannot switch to it
     */
    static RunAsAccount resolve(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new DispatchRejectedException("runAs '" + name + "' is not a valid account name", null);
        }
        if (!OsAccounts.isRoot()) {
            throw new DispatchRejectedException("runAs '" + name + "' needs this process to run as root, to switch "
                    + "accounts", null);
        }
        if (LocalHost.which("setpriv").isEmpty()) {
            throw new DispatchRejectedException("runAs needs setpriv (util-linux), which is not installed", null);
        }
        return new RunAsAccount(name, id(name, "-u"), id(name, "-g"));
    }

    /** Returns the command prefix that runs a program as this account. */
    List<String> command() {
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--init-groups", "--");
    }

    private static long id(String name, String flag) {
        try {
            Process process = new ProcessBuilder("id", flag, name).redirectErrorStream(true).start();
            String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new DispatchRejectedException("runAs account '" + name + "' does not exist on this host", null);
            }
            return Long.parseLong(answer);
        } catch (IOException | NumberFormatException e) {
            throw new DispatchRejectedException("cannot look up the runAs account '" + name + "': " + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DispatchRejectedException("interrupted while looking up the runAs account '" + name + "'", e);
        }
    }
}
