package io.pcmops.aws.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the simulator which account a request comes from, given the access key id of its SigV4
 * {@code Authorization} header. Explicit mappings ({@link SsmFleetSimulator#mapAccessKey}) are consulted first.
 */
@FunctionalInterface
public interface AccountResolver {

    /** The 12-digit account of the access key id, or empty when it is unknown. */
    Optional<String> accountOf(String accessKeyId);

    /** Knows no key. */
    static AccountResolver none() {
        return accessKeyId -> Optional.empty();
    }

    /** Maps every key to one account (e.g. moto's default {@code 123456789012}). */
    static AccountResolver fixed(String account) {
        return accessKeyId -> Optional.of(account);
    }

    /** Remembers the answers of {@code resolver} (unknown keys are asked again). */
    static AccountResolver cached(AccountResolver resolver) {
        Map<String, String> cache = new ConcurrentHashMap<>();
        return accessKeyId -> {
            String known = cache.get(accessKeyId);
            if (known != null) {
                return Optional.of(known);
            }
            Optional<String> answer = resolver.accountOf(accessKeyId);
            answer.ifPresent(account -> cache.put(accessKeyId, account));
            return answer;
        };
    }

    /** Asks this resolver, then {@code other} when this one does not know the key. */
    default AccountResolver orElse(AccountResolver other) {
        return accessKeyId -> accountOf(accessKeyId).or(() -> other.accountOf(accessKeyId));
    }
}
