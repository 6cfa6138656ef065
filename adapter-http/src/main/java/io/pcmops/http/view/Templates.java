package io.pcmops.http.view;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.http.security.Principals;
import io.pcmops.http.web.ApiError;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Renders the precompiled jte templates (HTML-escaped) and sends them. */
@Singleton
public final class Templates {

    /** Cookie holding the chosen theme. */
    public static final String THEME_COOKIE = "pcmops_theme";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    @Inject
    public Templates() {
    }

    /** Returns the page context of a request. */
    public PageContext context(ServerRequest request, String title, String section) {
        String theme = request.headers().cookies().first(THEME_COOKIE).asOptional().filter("dark"::equals)
                .orElse("light");
        return new PageContext(title, section, Principals.find(request).orElse(null), theme);
    }

    /** Renders a full page: {@code pages/NAME.jte} with {@code ctx} and {@code view}. */
    public void page(ServerRequest request, ServerResponse response, String name, String title, String section,
                     Object view) {
        send(response, render("pages/" + name + ".jte", Map.of("ctx", context(request, title, section),
                "view", view)));
    }

    /** Renders a fragment: {@code fragments/NAME.jte} with {@code view} (and {@code ctx}). */
    public void fragment(ServerRequest request, ServerResponse response, String name, Object view) {
        send(response, fragment(request, name, view));
    }

    /** Returns a rendered fragment. */
    public String fragment(ServerRequest request, String name, Object view) {
        return render("fragments/" + name + ".jte", Map.of("ctx", context(request, "", ""), "view", view));
    }

    /** Returns a rendered fragment for a known context (used outside a request's thread). */
    public String fragment(PageContext ctx, String name, Object view) {
        return render("fragments/" + name + ".jte", Map.of("ctx", ctx, "view", view));
    }

    /** Renders an error as a page, or as an alert fragment for htmx. */
    public void error(ServerRequest request, ServerResponse response, ApiError error) {
        if (request.headers().contains(HeaderNames.create("HX-Request"))) {
            response.header("HX-Retarget", "#alerts");
            response.header("HX-Reswap", "innerHTML");
            fragment(request, response, "alert", error);
            return;
        }
        page(request, response, "error", "Error", "", error);
    }

    private String render(String template, Map<String, Object> parameters) {
        StringOutput output = new StringOutput(8192);
        engine.render(template, parameters, output);
        return output.toString();
    }

    private static void send(ServerResponse response, String html) {
        response.headers().set(HeaderValues.create(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8"));
        response.send(html);
    }
}
