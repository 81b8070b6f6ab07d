package org.linli.shared.measures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linli.shared.DataScope;

/**
 * The SQL every {@link MeasureSource} shares to count for many committees in one query: a row
 * belongs to each asked committee whose path prefixes the row's division path. Joining on the
 * prefix cut to each asked length ({@code left(path, n) = committee}) lets PostgreSQL hash the
 * committees instead of testing every row against every {@code LIKE}, and the common prefix of the
 * committees (their street or district) keeps the scan to their rows.
 */
public final class PerCommittee {

    /** Binds {@code :committees} (a text array): the asked paths, and the distinct lengths to cut rows' paths to. */
    public static final String WITH = """
            WITH committee AS (SELECT DISTINCT CAST(p AS text) COLLATE "C" AS path FROM unnest(CAST(:committees AS text[])) AS p),
                 path_length AS (SELECT DISTINCT length(path) AS len FROM committee)
            """;

    private PerCommittee() {
    }

    /** Joins the committees to rows whose division path is {@code pathColumn}; select {@code committee.path}. */
    public static String join(String pathColumn) {
        return " JOIN path_length ON true JOIN committee ON committee.path = left(" + pathColumn + ", path_length.len) COLLATE \"C\" ";
    }

    /** The longest common prefix of the paths, up to a '/', escaped for {@code LIKE :under || '%'}. */
    public static String under(List<String> committeePaths) {
        String common = committeePaths.getFirst();
        for (String path : committeePaths) {
            int i = 0;
            while (i < common.length() && i < path.length() && common.charAt(i) == path.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        return new DataScope(common.substring(0, common.lastIndexOf('/') + 1)).prefix();
    }

    /** The paths as the {@code :committees} parameter. */
    public static String[] committees(List<String> committeePaths) {
        return committeePaths.toArray(String[]::new);
    }

    /**
     * Reads one row per committee ({@code path} first, then one count per code in order) into
     * code → committee path → value.
     */
    public static void read(ResultSet rs, List<String> codes, Map<String, Map<String, Long>> into) throws SQLException {
        String path = rs.getString(1);
        for (int i = 0; i < codes.size(); i++) {
            into.computeIfAbsent(codes.get(i), c -> new HashMap<>()).put(path, rs.getLong(i + 2));
        }
    }
}
