package io.pcmops.http.web;

/** Which paths are public, which answer JSON, and how path segments are written into links. */
public final class Paths {

    private Paths() {
    }

    /** Returns whether a path answers JSON errors (API, metrics, OpenAPI, health) rather than HTML pages. */
    public static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/metrics") || path.equals("/openapi")
                || path.equals("/health");
    }

    /** Returns whether a path may be requested without signing in. */
    public static boolean isPublic(String path) {
        return path.equals("/health") || path.equals("/login") || path.equals("/api/v1/auth/login")
                || isAsset(path);
    }

    /** Returns whether a path is a static asset (served to anyone, without reading the session). */
    public static boolean isAsset(String path) {
        return path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    /** Returns a path segment percent-encoded for a link. */
    public static String segment(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
