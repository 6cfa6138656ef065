package io.pcmops.aws.testkit;

/**
 * Where the simulator writes full command output when SendCommand names an {@code OutputS3BucketName}: once per
 * non-empty stream, after the script ends, at
 * {@code <prefix>/<CommandId>/<InstanceId>/awsrunShellScript/0.awsrunShellScript/stdout|stderr}.
 */
public interface S3OutputSink {

    /** A sink that drops everything; every bucket exists. */
    S3OutputSink NONE = (bucket, key, content) -> { };

    /** Stores one object. Failures are logged by the simulator, as the agent does, and do not fail the invocation. */
    void put(String bucket, String key, byte[] content);

    /** Whether the bucket exists; SendCommand answers {@code InvalidOutputFolder} when it does not. */
    default boolean bucketExists(String bucket) {
        return true;
    }
}
