package io.pcmops.http.view;

/** Paths of the front-end files: WebJars (no CDN) and the server's own script and style sheet. */
public final class Assets {

    public static final String BOOTSTRAP_CSS = "/webjars/bootstrap/5.3.3/dist/css/bootstrap.min.css";
    public static final String BOOTSTRAP_JS = "/webjars/bootstrap/5.3.3/dist/js/bootstrap.bundle.min.js";
    public static final String HTMX = "/webjars/htmx.org/2.0.4/dist/htmx.min.js";
    public static final String HTMX_SSE = "/webjars/htmx-ext-sse/2.2.2/sse.js";
    public static final String APP_CSS = "/static/app.css";
    public static final String APP_JS = "/static/app.js";
    /** htmx settings: no eval, no inline styles (the CSP forbids both), and errors swapped into alerts. */
    public static final String HTMX_CONFIG = "{\"includeIndicatorStyles\":false,\"allowEval\":false,"
            + "\"allowScriptTags\":false,\"selfRequestsOnly\":true,\"responseHandling\":[{\"code\":\"204\","
            + "\"swap\":false},{\"code\":\"[23]..\",\"swap\":true},{\"code\":\"[45]..\",\"swap\":true,\"error\":true}]}";

    private Assets() {
    }
}
