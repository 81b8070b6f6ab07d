package org.linli.workitems.lists;

import java.util.Optional;

import org.linli.division.Level;

/**
 * The district (区县) a place lies in, read from its materialised path: the lists are a district's,
 * so everyone working inside it reads the same ones.
 */
public final class DistrictPaths {

    private DistrictPaths() {
    }

    /** The path of the district whose subtree holds {@code path}, or empty above district level. */
    public static Optional<String> of(String path) {
        if (path == null) {
            return Optional.empty();
        }
        StringBuilder prefix = new StringBuilder("/");
        for (String code : path.split("/")) {
            if (code.isEmpty()) {
                continue;
            }
            prefix.append(code).append('/');
            if (code.length() == Level.COUNTY.codeLength()) {
                return Optional.of(prefix.toString());
            }
        }
        return Optional.empty();
    }
}
