package org.linli.linkage.organisations;

/** The three levels of the national social work certificate (社会工作者职业水平证书). */
public enum CertificateLevel {
    ASSISTANT("助理社会工作师"),
    WORKER("社会工作师"),
    SENIOR("高级社会工作师");

    private final String label;

    CertificateLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
