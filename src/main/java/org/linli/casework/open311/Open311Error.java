package org.linli.casework.open311;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal in GeoReport's terms: an HTTP status and one or more descriptions, each written
 * Chinese first, then English for clients abroad ("缺少 api_key / api_key is required").
 */
class Open311Error extends RuntimeException {

    private final HttpStatus status;
    private final List<String> descriptions;

    Open311Error(HttpStatus status, List<String> descriptions) {
        super(String.join("; ", descriptions));
        this.status = status;
        this.descriptions = List.copyOf(descriptions);
    }

    static Open311Error badRequest(String description) {
        return new Open311Error(HttpStatus.BAD_REQUEST, List.of(description));
    }

    static Open311Error forbidden(String description) {
        return new Open311Error(HttpStatus.FORBIDDEN, List.of(description));
    }

    static Open311Error notFound(String description) {
        return new Open311Error(HttpStatus.NOT_FOUND, List.of(description));
    }

    HttpStatus status() {
        return status;
    }

    List<String> descriptions() {
        return descriptions;
    }
}
