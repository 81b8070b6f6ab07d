package org.linli.services.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of facility, each with its label and map colour. The first eight are the daily needs
 * the 15-minute life circle counts; nursing homes, children's homes and childcare serve a wider
 * area and are checked against the facility standards instead.
 */
public enum FacilityKind {
    SERVICE_CENTRE("社区服务中心", "#0d6efd", true),
    DAY_CARE("日间照料中心", "#6f42c1", true),
    CANTEEN("老年食堂/助餐点", "#fd7e14", true),
    CLINIC("卫生服务站/诊所", "#dc3545", true),
    SCHOOL("幼儿园/学校", "#198754", true),
    MARKET("菜市场/超市", "#20c997", true),
    CONVENIENCE("便民服务点", "#0dcaf0", true),
    SPORTS("文体活动场所", "#6c757d", true),
    NURSING_HOME("养老院/敬老院", "#8c564b", false),
    CHILDREN_HOME("儿童之家", "#e377c2", false),
    CHILDCARE("托育机构（3岁以下）", "#bcbd22", false);

    /** The kinds the 15-minute life circle counts, in order. */
    public static final List<FacilityKind> CIRCLE = Arrays.stream(values()).filter(k -> k.inCircle).toList();

    private final String label;
    private final String colour;
    private final boolean inCircle;

    FacilityKind(String label, String colour, boolean inCircle) {
        this.label = label;
        this.colour = colour;
        this.inCircle = inCircle;
    }

    /** What the facility's places are: beds, day-care places or childcare places; empty where none are counted. */
    public String placesLabel() {
        return switch (this) {
            case NURSING_HOME -> "床位";
            case DAY_CARE -> "托养床位";
            case CHILDCARE -> "托位";
            case CANTEEN -> "就餐座位";
            default -> "";
        };
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
