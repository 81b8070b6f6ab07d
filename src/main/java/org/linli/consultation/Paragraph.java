package org.linli.consultation;

/** One numbered paragraph of a draft. */
public record Paragraph(int number, String body) {
}
