package org.linli.registry;

public enum OrganisationKind {
    ENTERPRISE("企业"), INDIVIDUAL_BUSINESS("个体工商户"), SOCIAL_ORGANISATION("社会组织"), PUBLIC_INSTITUTION("事业单位"),
    GOVERNMENT("机关"), PROPERTY_MANAGEMENT("物业服务企业"), OTHER("其他");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
