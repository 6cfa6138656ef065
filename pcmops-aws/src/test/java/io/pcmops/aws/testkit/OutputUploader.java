package io.pcmops.aws.testkit;

/** Writes an invocation's non-empty output streams to S3 when the command named a bucket; failures are logged. */
final class OutputUploader {

    private static final System.Logger LOG = System.getLogger(OutputUploader.class.getName());

    private final S3OutputSink sink;

    OutputUploader(S3OutputSink sink) {
        this.sink = sink;
    }

    void upload(CommandSpec spec, String instanceId, ScriptOutcome outcome) {
        if (!spec.hasBucket()) {
            return;
        }
        put(spec, spec.outputKey(instanceId, "stdout"), outcome.stdout());
        put(spec, spec.outputKey(instanceId, "stderr"), outcome.stderr());
    }

    private void put(CommandSpec spec, String key, byte[] content) {
        if (content.length == 0) {
            return;
        }
        try {
            sink.put(spec.outputBucket(), key, content);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "S3 upload of s3://" + spec.outputBucket() + "/" + key + " failed", e);
        }
    }
}
