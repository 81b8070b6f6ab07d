package org.linli.division.imports;

/** Receives progress of a long import; the page shows it as a progress bar. */
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    void update(String phase, long done, long total);
}
