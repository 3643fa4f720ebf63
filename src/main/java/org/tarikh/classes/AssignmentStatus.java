package org.tarikh.classes;

/** Where one learner stands with one assignment. */
public enum AssignmentStatus {
    TO_DO("To do"), STARTED("Started"), DONE("Done"), DONE_LATE("Done late"), OVERDUE("Overdue");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public boolean done() {
        return this == DONE || this == DONE_LATE;
    }
}
