package io.pcmops.aws.testkit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credential scope of a SigV4 {@code Authorization} header:
 * {@code AWS4-HMAC-SHA256 Credential=<AKID>/<date>/<region>/<service>/aws4_request, ...}. Signatures are not checked.
 */
record SigV4Scope(String accessKeyId, String region, String service) {

    private static final Pattern CREDENTIAL =
            Pattern.compile("Credential=([^/,\\s]+)/[^/,\\s]+/([^/,\\s]+)/([^/,\\s]+)/aws4_request");

    /** Parses the header, or returns empty when it is missing or not a SigV4 header. */
    static Optional<SigV4Scope> parse(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher m = CREDENTIAL.matcher(authorization);
        return m.find() ? Optional.of(new SigV4Scope(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }
}
