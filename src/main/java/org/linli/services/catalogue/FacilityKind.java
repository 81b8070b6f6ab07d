package org.linli.services.catalogue;

import java.util.Optional;

/** The kinds of facility the 15-minute life circle counts, each with its label and map colour. */
public enum FacilityKind {
    SERVICE_CENTRE("社区服务中心", "#0d6efd"),
    DAY_CARE("日间照料中心", "#6f42c1"),
    CANTEEN("老年食堂/助餐点", "#fd7e14"),
    CLINIC("卫生服务站/诊所", "#dc3545"),
    SCHOOL("幼儿园/学校", "#198754"),
    MARKET("菜市场/超市", "#20c997"),
    CONVENIENCE("便民服务点", "#0dcaf0"),
    SPORTS("文体活动场所", "#6c757d");

    private final String label;
    private final String colour;

    FacilityKind(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }

    /** The kind named by a form or a filter; empty for anything else. */
    public static Optional<FacilityKind> parse(String text) {
        for (FacilityKind k : values()) {
            if (k.name().equals(text)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
