package io.pcmops.aws.testkit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Resolves the caller's account: explicit access key mappings first, then the pluggable resolver. */
final class Tenancy {

    private final Map<String, String> accessKeys = new ConcurrentHashMap<>();
    private final AccountResolver resolver;

    Tenancy(AccountResolver resolver) {
        this.resolver = resolver;
    }

    void map(String accessKeyId, String account) {
        accessKeys.put(accessKeyId, account);
    }

    /** The caller, or {@code UnrecognizedClientException} when nobody knows the access key id. */
    Caller caller(SigV4Scope scope) {
        String account = accessKeys.get(scope.accessKeyId());
        if (account == null) {
            account = resolver.accountOf(scope.accessKeyId()).orElseThrow(() -> new SsmException(
                    "UnrecognizedClientException", "The security token included in the request is invalid."));
        }
        return new Caller(scope.accessKeyId(), account, scope.region());
    }
}
