package org.linli.shared;

/**
 * What an account may see and change: every division whose materialised path starts with this
 * path. Queries bind {@link #prefix()} as a parameter ({@code path LIKE ? || '%'}); writes check
 * {@link #covers(String)} as well.
 */
public record DataScope(String path) {

    public static final DataScope COUNTRY = new DataScope("/");

    public DataScope {
        if (path == null || !path.startsWith("/") || !path.endsWith("/")) {
            throw new IllegalArgumentException("scope path must start and end with '/': " + path);
        }
    }

    public boolean covers(String targetPath) {
        return targetPath != null && targetPath.startsWith(path);
    }

    /** The path with LIKE's wildcards escaped, ready to be bound before {@code || '%'}. */
    public String prefix() {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
