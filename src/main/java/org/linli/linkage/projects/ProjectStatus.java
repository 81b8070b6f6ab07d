package org.linli.linkage.projects;

/** A project is planned, then runs, then is finished with its result. */
public enum ProjectStatus {
    PLANNED("筹备中"),
    RUNNING("实施中"),
    FINISHED("已结项");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
