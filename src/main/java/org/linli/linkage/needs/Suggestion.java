package org.linli.linkage.needs;

/**
 * A resource suggested for a need: of the same kind, ranked by how near its place is — the same
 * grid (tier 0), the same committee (1), the same street (2) — and, within a tier, by the distance
 * in metres when both have a point.
 */
public record Suggestion(long resourceId, String title, String provider, String committeePath, String placePath, int tier,
                         Double metres) {

    public String tierLabel() {
        return switch (tier) {
            case 0 -> "同网格";
            case 1 -> "同社区";
            default -> "同街道";
        };
    }

    /** The distance for the page ("约 350 米", "约 1.2 公里"), or empty when either has no point. */
    public String distanceLabel() {
        if (metres == null) {
            return "";
        }
        return metres < 1000 ? "约 " + Math.round(metres / 10) * 10 + " 米" : String.format("约 %.1f 公里", metres / 1000);
    }
}
