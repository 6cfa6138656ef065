package io.pcmops.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.inject.Inject;
import javax.inject.Singleton;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), with
 * OWASP's recommended cost: 19 MiB of memory, 2 passes, 1 lane.
 */
@Singleton
public final class PasswordHasher {

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();
    private static final int MEMORY_KB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int LANES = 1;
    private static final int HASH_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private volatile String dummy;

    @Inject
    public PasswordHasher() {
    }

    /** Returns the PHC-encoded Argon2id hash of a password with a fresh random salt. */
    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KB, ITERATIONS, LANES);
        return "$argon2id$v=19$m=" + MEMORY_KB + ",t=" + ITERATIONS + ",p=" + LANES + "$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /** Returns whether the password matches the encoded hash; a malformed hash never matches. */
    public boolean verify(String password, String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return false;
        }
        try {
            int[] cost = cost(parts[3]);
            byte[] expected = DECODER.decode(parts[5]);
            byte[] actual = derive(password, DECODER.decode(parts[4]), cost[0], cost[1], cost[2], expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of one verification, so an unknown user answers as slowly as a known one. */
    public void verifyDummy(String password) {
        if (dummy == null) {
            dummy = hash("not a real password, only spends the same time");
        }
        verify(password, dummy);
    }

    private static int[] cost(String text) {
        int[] values = new int[3];
        String[] names = {"m=", "t=", "p="};
        String[] fields = text.split(",");
        if (fields.length != 3) {
            throw new IllegalArgumentException("bad cost");
        }
        for (int i = 0; i < 3; i++) {
            if (!fields[i].startsWith(names[i])) {
                throw new IllegalArgumentException("bad cost");
            }
            values[i] = Integer.parseInt(fields[i].substring(2));
        }
        return values;
    }

    private static byte[] derive(String password, byte[] salt, int memoryKb, int iterations, int lanes) {
        return derive(password, salt, memoryKb, iterations, lanes, HASH_BYTES);
    }

    private static byte[] derive(String password, byte[] salt, int memoryKb, int iterations, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memoryKb)
                .withIterations(iterations).withParallelism(lanes).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
