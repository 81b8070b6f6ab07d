package org.linli.services.standards;

/** The standards facilities are checked against (domain.md §2 and §13), each with its name on the page. */
public enum Standard {
    AREA_PER_100("服务用房每百户面积"),
    MIN_AREA("服务用房最小面积"),
    RESIDENT_SPACE("居民服务用房占比"),
    STREET_CENTRE("街道党群服务中心面积"),
    DAY_CARE("社区日间照料机构覆盖率"),
    NURSING_BEDS("护理型床位占比"),
    CHILDCARE("每千人口托位数");

    private final String label;

    Standard(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
