package org.tarikh.account;

import java.util.Arrays;
import java.util.Optional;

/** What an account may do; every new account is a learner. */
public enum Role {
    LEARNER, TEACHER, ADMIN;

    public static final String LEARNER_NAME = "learner";
    public static final String TEACHER_NAME = "teacher";
    public static final String ADMIN_NAME = "admin";

    /** The name used in the database, the API and {@code @RolesAllowed}. */
    public String code() {
        return name().toLowerCase();
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
