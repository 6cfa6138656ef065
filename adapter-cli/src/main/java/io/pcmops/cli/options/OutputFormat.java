package io.pcmops.cli.options;

/** How results are printed on standard output. */
public enum OutputFormat {
    /** Aligned columns for people. */
    TABLE,
    /** DESIGN.md's JSON shapes, one document per command. */
    JSON,
    /** RFC 4180 CSV with a header row. */
    CSV
}
