package org.linli.gridwork.visits;

/** A visit's photo as stored: its type, judged from its bytes when it was taken in, and its bytes. */
public record StoredPhoto(String contentType, byte[] data) {
}
