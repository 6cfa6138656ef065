package io.pcmops.http.view;

import io.pcmops.http.security.Principal;
import io.pcmops.model.Role;

/**
 * What every page's layout needs: the title, the section to highlight, the signed-in user and the CSRF token.
 *
 * @param title     page title
 * @param section   navigation section to highlight
 * @param principal the signed-in caller, or {@code null} on the sign-in page
 * @param theme     {@code light} or {@code dark}
 */
public record PageContext(String title, String section, Principal principal, String theme) {

    /** Returns whether someone is signed in. */
    public boolean signedIn() {
        return principal != null;
    }

    /** Returns the user name, or an empty string. */
    public String username() {
        return principal == null ? "" : principal.name();
    }

    /** Returns the session's CSRF token, or an empty string. */
    public String csrf() {
        return principal == null || principal.csrfToken() == null ? "" : principal.csrfToken();
    }

    /** Returns the htmx headers attribute value carrying the CSRF token. */
    public String htmxHeaders() {
        return "{\"X-CSRF-Token\": \"" + csrf() + "\"}";
    }

    public boolean operator() {
        return principal != null && principal.has(Role.OPERATOR);
    }

    public boolean admin() {
        return principal != null && principal.has(Role.ADMIN);
    }

    /** Returns whether the user must change their password before anything else. */
    public boolean mustChangePassword() {
        return principal != null && principal.user().mustChangePassword();
    }

    /** Returns {@code active} for the current section's navigation link. */
    public String activeIf(String name) {
        return name.equals(section) ? "active" : "";
    }
}
