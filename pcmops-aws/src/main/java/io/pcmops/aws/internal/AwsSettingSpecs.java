package io.pcmops.aws.internal;

import io.pcmops.spi.SettingSpec;
import java.util.List;

/** The settings the AWS provider declares (see {@code AwsProvider}'s Javadoc); the library checks values when set. */
public final class AwsSettingSpecs {

    /** Every setting, with its type and range. */
    public static final List<SettingSpec> ALL = List.of(
            SettingSpec.url("endpoint.*", "endpoint override of a service: endpoint.ec2, endpoint.ssm, endpoint.sts, "
                    + "endpoint.organizations, endpoint.s3"),
            SettingSpec.text("s3OutputBucket", null, "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]",
                    "S3 bucket SSM writes full output to"),
            SettingSpec.text("s3OutputPrefix", null, "[A-Za-z0-9!_.*'()/-]{0,512}", "key prefix in the output bucket"),
            SettingSpec.duration("pollInterval", "2s", "1ms", "10m", "how often running commands are polled"),
            SettingSpec.text("roleName", AwsSettings.DEFAULT_ROLE, "[A-Za-z0-9+=,.@_/-]{1,512}",
                    "role assumed into member accounts"),
            SettingSpec.duration("sessionDuration", "1h", "15m", "12h", "lifetime of assumed-role sessions"),
            SettingSpec.text("regions", null, "[a-z0-9-]+( *, *[a-z0-9-]+)*", "comma-separated regions to list"),
            SettingSpec.integer("inventoryConcurrency", 64L, 1, 1024, "account×region listings at once"),
            SettingSpec.duration("inventoryCacheTtl", "0s", "0s", "1d", "how long listings are kept (0s: not kept)"),
            SettingSpec.decimal("rateLimit.*", null, "0.01", "100000",
                    "requests per second per account, region and API (rateLimit.<Operation> or rateLimit.default)"),
            SettingSpec.integer("maxAttempts", 8L, 1, 20, "SDK attempts per call"),
            SettingSpec.integer("maxOutputBytes", (long) AwsSettings.DEFAULT_MAX_OUTPUT_BYTES, 1024, 64L << 20,
                    "bytes of each stream kept when full output is read from S3 (longer output is flagged truncated)"));

    private AwsSettingSpecs() {
    }
}
