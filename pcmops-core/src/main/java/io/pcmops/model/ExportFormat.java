package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.Locale;

/** File formats a run can be exported to. */
public enum ExportFormat {
    CSV("text/csv"), JSON("application/json"), MD("text/markdown"), HTML("text/html");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** Returns the media type, without charset. */
    public String mediaType() {
        return mediaType;
    }

    /** Returns the usual file extension. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code csv}, {@code json}, {@code md} (or {@code markdown}) or {@code html}.
     *
     * @throws InvalidRequestException for other text
     */
    public static ExportFormat parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "csv" -> CSV;
            case "json" -> JSON;
            case "md", "markdown" -> MD;
            case "html" -> HTML;
            default -> throw new InvalidRequestException("unknown export format '" + text + "'; use csv, json, md or html");
        };
    }
}
