package org.tarikh.bank;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the curated banks live ({@code tarikh.questions.path}, env TARIKH_QUESTIONS_PATH). */
@ConfigMapping(prefix = "tarikh.questions")
public interface BankConfig {

    /** The folder of curated bank files, relative to the working directory or absolute. */
    @WithDefault("questions")
    String path();

    /** Load the curated banks at start-up. */
    @WithDefault("true")
    boolean loadAtStart();
}
