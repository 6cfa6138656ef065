package io.pcmops.http.security;

import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.web.FormData;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Guards the sign-in form against login CSRF, before any session exists. The form page sets a random value in a
 * short-lived cookie (HttpOnly, SameSite=Strict, path {@code /login}) and puts its HMAC, under a key that lives only
 * in this server's memory, in the form's hidden {@code _csrf} field; the form's POST must bring both, compared in
 * constant time. A page elsewhere can neither read the cookie nor compute the field, and a cookie planted by
 * another host of the same site matches no field it could sign.
 */
@Singleton
public final class LoginCsrf {

    /** Name of the pre-session cookie. */
    public static final String COOKIE = "pcmops_login";

    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private final SecretKeySpec key;
    private final boolean secure;

    @Inject
    public LoginCsrf(ServerSettings settings) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.secure = settings.secureCookies();
    }

    /** Sets a new cookie and returns the form field that goes with it. */
    public String issue(ServerResponse response) {
        String value = SecretTokens.random();
        response.headers().addCookie(base(value).maxAge(LIFETIME).build());
        return sign(value);
    }

    /** Returns the form field of the request's cookie, when it has one. */
    public Optional<String> field(ServerRequest request) {
        return request.headers().cookies().first(COOKIE).asOptional().filter(v -> !v.isBlank()).map(this::sign);
    }

    /** Returns whether the form's {@code _csrf} field matches the request's cookie. */
    public boolean accepts(ServerRequest request, FormData form) {
        return SecretTokens.same(field(request).orElse(null), form.raw(Csrf.FIELD).orElse(null));
    }

    /** Returns a cookie that removes the pre-session cookie once signed in. */
    public SetCookie cleared() {
        return base("").maxAge(Duration.ZERO).expires(Instant.EPOCH).build();
    }

    private SetCookie.Builder base(String value) {
        return SetCookie.builder(COOKIE, value).path("/login").httpOnly(true).sameSite(SetCookie.SameSite.STRICT)
                .secure(secure);
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
