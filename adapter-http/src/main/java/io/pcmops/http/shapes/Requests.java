package io.pcmops.http.shapes;

import io.pcmops.model.ChangeStatus;
import io.pcmops.model.ChangeTarget;
import io.pcmops.model.CredentialSource;
import io.pcmops.model.Role;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Request bodies of the API that are not library records. Their {@code toString} never shows secrets. */
public final class Requests {

    private Requests() {
    }

    /** {@code POST /api/v1/auth/login}. */
    public record Login(String username, String password) {
        @Override
        public String toString() {
            return "Login[username=" + username + ", password=(redacted)]";
        }
    }

    /** {@code POST /api/v1/auth/password}. */
    public record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[(redacted)]";
        }
    }

    /** {@code POST /api/v1/tokens}. */
    public record NewToken(String name, Integer expiresInDays) {
    }

    /** {@code POST /api/v1/users}. */
    public record NewUser(String username, String password, Set<Role> roles, Boolean mustChangePassword) {
        @Override
        public String toString() {
            return "NewUser[username=" + username + ", roles=" + roles + ", password=(redacted)]";
        }
    }

    /** {@code PATCH /api/v1/users/{username}}: only the fields given change. */
    public record UserUpdate(Set<Role> roles, Boolean disabled, String password, Boolean unlock) {
        @Override
        public String toString() {
            return "UserUpdate[roles=" + roles + ", disabled=" + disabled + ", password=(redacted)]";
        }
    }

    /** {@code POST /api/v1/credentials}: a credential root, with the pasted secret for a vault source. */
    public record NewCredential(String id, String provider, String partition, CredentialSource source,
                                String roleName, String externalId, Duration sessionDuration, String secret) {
        @Override
        public String toString() {
            return "NewCredential[id=" + id + ", provider=" + provider + ", secret=(redacted)]";
        }
    }

    /** {@code POST /api/v1/accounts/discover}. */
    public record Discover(String credentialRootId) {
    }

    /** {@code POST /api/v1/runs/{id}/retry}: {@code failed}, {@code timed-out}, {@code undeliverable}… */
    public record Retry(List<String> scopes) {
    }

    /** {@code POST /api/v1/changes}, {@code PUT /api/v1/changes/{number}}, {@code POST /api/v1/changes/compare}. */
    public record ChangeDefinition(String number, String description, ChangeStatus status, String provider,
                                   List<ChangeTarget> targets) {
    }

    /** {@code PUT /api/v1/changes/{number}/status}. */
    public record ChangeStatusUpdate(ChangeStatus status) {
    }

    /** {@code PUT /api/v1/providers/{id}/settings/{key}}. */
    public record SettingValue(String value) {
    }
}
