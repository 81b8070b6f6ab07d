package org.linli.workforce.register;

import org.linli.workforce.Post;

/**
 * The register's filters, applied in SQL: a place (a committee or street of the scope, by code), a
 * post, and part of a name.
 *
 * @param placePath the place's path (already checked to be in the user's scope), or null for the whole scope
 */
public record WorkerFilter(String placePath, Post post, String name) {

    public static final WorkerFilter NONE = new WorkerFilter(null, null, "");
}
