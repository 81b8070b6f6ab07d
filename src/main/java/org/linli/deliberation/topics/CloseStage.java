package org.linli.deliberation.topics;

/** The record a stage of the procedure closes with (for a disclosure stage, the text posted). */
public record CloseStage(String record) {

    public CloseStage {
        record = record == null ? "" : record.strip();
    }
}
