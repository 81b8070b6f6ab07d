package org.linli.deliberation.followup;

/** The registry's resident an evaluation counts for, and the name it is shown under. */
record Evaluator(long residentId, String name) {
}
