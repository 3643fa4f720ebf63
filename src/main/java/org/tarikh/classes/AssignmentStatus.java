package org.tarikh.classes;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.qute.TemplateEnum;

/** Where one learner stands with one assignment. */
@TemplateEnum
public enum AssignmentStatus {
    TO_DO("To do"), STARTED("Started"), DONE("Done"), DONE_LATE("Done late"), OVERDUE("Overdue");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "to-do", "done-late": the name in the API and the pages' CSS classes. */
    @JsonValue
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public boolean done() {
        return this == DONE || this == DONE_LATE;
    }
}
