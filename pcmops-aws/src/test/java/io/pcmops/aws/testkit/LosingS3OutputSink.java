package io.pcmops.aws.testkit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link S3OutputSink} that loses the uploads of chosen instances, as an agent whose S3 upload failed does (the
 * invocation still succeeds, with no object), and passes every other upload on.
 */
public final class LosingS3OutputSink implements S3OutputSink {

    private final S3OutputSink delegate;
    private final Set<String> losing = ConcurrentHashMap.newKeySet();

    public LosingS3OutputSink(S3OutputSink delegate) {
        this.delegate = delegate;
    }

    /** Loses the uploads of this instance from now on. */
    public void lose(String instanceId) {
        losing.add(instanceId);
    }

    /** Passes the uploads of this instance on again. */
    public void keep(String instanceId) {
        losing.remove(instanceId);
    }

    @Override
    public void put(String bucket, String key, byte[] content) {
        if (losing.stream().noneMatch(id -> key.contains("/" + id + "/"))) {
            delegate.put(bucket, key, content);
        }
    }

    @Override
    public boolean bucketExists(String bucket) {
        return delegate.bucketExists(bucket);
    }
}
