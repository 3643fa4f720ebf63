package org.tarikh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pure cores stay free of the framework and of our entities, so they can be tested in milliseconds. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tarikh");

    @Test
    void theRulesSeeThePureCores() {
        // A rule over no classes passes whatever the code does: make sure each pure package was imported.
        for (String pkg : new String[] {"org.tarikh.review.scheduler", "org.tarikh.review.optimizer", "org.tarikh.readiness.forecast",
                "org.tarikh.quiz.grading",
                "org.tarikh.bank.format", "org.tarikh.bank.content", "org.tarikh.bank.transfer", "org.tarikh.text"}) {
            assertFalse(MAIN.stream().noneMatch(c -> c.getPackageName().equals(pkg)), pkg + " has classes");
        }
    }

    @Test
    void theSchedulerCoreUsesOnlyTheJavaPlatform() {
        noClasses().that().resideInAPackage("org.tarikh.review.scheduler..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.tarikh.review.scheduler..")
                .check(MAIN);
    }

    @Test
    void theOptimizerAndTheReadinessForecastUseOnlyTheJavaPlatformAndTheScheduler() {
        noClasses().that().resideInAnyPackage("org.tarikh.review.optimizer..", "org.tarikh.readiness.forecast..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.tarikh.review.optimizer..",
                        "org.tarikh.readiness.forecast..", "org.tarikh.review.scheduler..")
                .check(MAIN);
    }

    @Test
    void gradingAndBankFormatsAndContentStayPure() {
        noClasses().that().resideInAnyPackage("org.tarikh.quiz.grading..", "org.tarikh.bank.format..",
                        "org.tarikh.bank.content..", "org.tarikh.bank.transfer..", "org.tarikh.text..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "io.vertx..",
                        "org.hibernate..", "com.fasterxml..", "org.tarikh.web..", "org.tarikh.account..",
                        "org.tarikh.quiz", "org.tarikh.review", "org.tarikh.bank")
                .check(MAIN);
    }
}
