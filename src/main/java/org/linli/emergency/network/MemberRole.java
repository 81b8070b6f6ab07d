package org.linli.emergency.network;

/** Who takes part in a community's emergency network ([004] 四: 社区民警、网格员、物业服务人员、志愿者…). */
public enum MemberRole {
    COMMITTEE("社区工作人员"), POLICE("社区民警"), GRID("网格员"), PROPERTY("物业服务人员"), VOLUNTEER("志愿者");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
