package io.pcmops.internal.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The environment scripts get: a small, clean set (no secrets of this process such as {@code PCMOPS_MASTER_KEY} or
 * cloud keys). A script run as another account gets that account's name, and its working directory as home. Script
 * parameters are added by the script itself, as quoted assignments.
 */
final class LocalEnvironment {

    private static final String[] KEPT = {"PATH", "HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "TZ", "TMPDIR"};

    private LocalEnvironment() {
    }

    static Map<String, String> forScripts(Optional<RunAsAccount> account, Path workDirectory) {
        Map<String, String> environment = new TreeMap<>();
        for (String name : KEPT) {
            String value = System.getenv(name);
            if (value != null) {
                environment.put(name, value);
            }
        }
        environment.putIfAbsent("PATH", "/usr/local/bin:/usr/bin:/bin");
        environment.put("TERM", "dumb");
        account.ifPresent(user -> {
            environment.put("USER", user.name());
            environment.put("LOGNAME", user.name());
            environment.put("HOME", workDirectory.toString());
            environment.remove("TMPDIR");
        });
        return environment;
    }
}
