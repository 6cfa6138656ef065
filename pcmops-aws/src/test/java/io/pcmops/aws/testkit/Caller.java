package io.pcmops.aws.testkit;

/** Who is calling: the account resolved from the access key id, and the region of the credential scope. */
record Caller(String accessKeyId, String account, String region) {
}
