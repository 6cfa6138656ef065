package io.pcmops.aws.testkit;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** An {@link S3OutputSink} backed by a real AWS SDK v2 S3 client (path-style), e.g. pointed at moto. */
public final class SdkS3OutputSink implements S3OutputSink, AutoCloseable {

    private final S3Client s3;

    private SdkS3OutputSink(S3Client s3) {
        this.s3 = s3;
    }

    /** A sink writing to the S3 endpoint with the given credentials and region. */
    public static SdkS3OutputSink create(URI endpoint, AwsCredentialsProvider credentials, String region) {
        return new SdkS3OutputSink(S3Client.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(credentials).forcePathStyle(true).build());
    }

    /** A sink for moto: any static credentials, region {@code us-east-1}. */
    public static SdkS3OutputSink forMoto(URI endpoint) {
        return create(endpoint, StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")),
                "us-east-1");
    }

    @Override
    public void put(String bucket, String key, byte[] content) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
    }

    @Override
    public boolean bucketExists(String bucket) {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return true;
        } catch (NoSuchBucketException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
