package org.linli.linkage.organisations;

/** What a community social organisation does (社区社会组织的类别). */
public enum OrganisationKind {
    CHARITY("公益慈善"),
    LIVING("生活服务"),
    CULTURE_SPORTS("文体活动"),
    COMMUNITY_AFFAIRS("社区事务");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
