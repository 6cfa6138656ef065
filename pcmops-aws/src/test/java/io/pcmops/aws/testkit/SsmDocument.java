package io.pcmops.aws.testkit;

import io.pcmops.aws.testkit.SimulatedInstance.Platform;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The two documents the simulator knows (SSM-BEHAVIOUR.md §11), both schema 1.2 with one plugin step. */
enum SsmDocument {
    RUN_SHELL_SCRIPT("AWS-RunShellScript", "aws:runShellScript", Set.of(Platform.LINUX)),
    RUN_POWERSHELL_SCRIPT("AWS-RunPowerShellScript", "aws:runPowerShellScript",
            Set.of(Platform.WINDOWS, Platform.LINUX));

    private final String documentName;
    private final String pluginName;
    private final Set<Platform> platforms;

    SsmDocument(String documentName, String pluginName, Set<Platform> platforms) {
        this.documentName = documentName;
        this.pluginName = pluginName;
        this.platforms = platforms;
    }

    static Optional<SsmDocument> byName(String name) {
        return Arrays.stream(values()).filter(d -> d.documentName.equals(name)).findFirst();
    }

    String documentName() {
        return documentName;
    }

    String pluginName() {
        return pluginName;
    }

    boolean supports(Platform platform) {
        return platforms.contains(platform);
    }

    /** The S3 plugin directory: the plugin name without colons, e.g. {@code awsrunShellScript}. */
    String s3PluginDirectory() {
        return pluginName.replace(":", "");
    }

    /** The S3 step directory, e.g. {@code 0.awsrunShellScript}. */
    String s3StepDirectory() {
        return "0." + s3PluginDirectory();
    }
}
