package org.tarikh.readiness;

import java.time.Instant;
import java.util.List;

/** Readiness of every member of a class for one assignment's due date. */
public record AssignmentReadiness(long assignmentId, String bank, String bankTitle, String className,
                                  List<String> topics, Instant dueAt, List<StudentReadiness> students) {
}
