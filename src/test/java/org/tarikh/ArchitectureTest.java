package org.tarikh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.tarikh.classes.AssignmentKind;
import org.tarikh.classes.AssignmentRules;
import org.tarikh.quiz.QuizLimits;
import org.tarikh.quiz.QuizMode;

/**
 * The shape of the code: feature packages without cycles, {@code web} as plumbing that knows no feature, and pure
 * cores that use only what their allow-list names (so they can be tested in milliseconds, without the framework).
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tarikh");

    /** The Java platform, without its desktop and enterprise corners. */
    private static final String[] JAVA = {"java.lang..", "java.util..", "java.math..", "java.time..", "java.text..",
        "java.io..", "java.nio..", "java.net.."};

    @Test
    void theRulesSeeEveryPackageTheyName() {
        // A rule over no classes passes whatever the code does: make sure each named package was imported.
        for (String pkg : new String[] {"org.tarikh.review.scheduler", "org.tarikh.review.optimizer",
                "org.tarikh.readiness.forecast", "org.tarikh.quiz.grading",
                "org.tarikh.bank.format", "org.tarikh.bank.content", "org.tarikh.bank.transfer", "org.tarikh.text",
                "org.tarikh.web", "org.tarikh.failure", "org.tarikh.database", "org.tarikh.quiz", "org.tarikh.review",
                "org.tarikh.bank", "org.tarikh.classes"}) {
            assertFalse(MAIN.stream().noneMatch(c -> c.getPackageName().equals(pkg)), pkg + " has classes");
        }
    }

    @Test
    void theFeaturePackagesFormNoCycle() {
        slices().matching("org.tarikh.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void webIsPlumbingThatKnowsNoFeature() {
        classes().that().resideInAPackage("org.tarikh.web..")
                .should().onlyDependOnClassesThat(outsideTarikhOr("org.tarikh.web..", "org.tarikh.text..", "org.tarikh.failure.."))
                .check(MAIN);
    }

    @Test
    void databasePlumbingKnowsNoFeature() {
        classes().that().resideInAPackage("org.tarikh.database..")
                .should().onlyDependOnClassesThat(outsideTarikhOr("org.tarikh.database.."))
                .check(MAIN);
    }

    @Test
    void theFailuresFeaturesThrowDependOnNothingOfOurs() {
        pureCore("org.tarikh.failure..", "com.fasterxml.jackson.annotation..");
    }

    @Test
    void theSchedulerCoreUsesOnlyTheJavaPlatform() {
        pureCore("org.tarikh.review.scheduler..");
    }

    @Test
    void theOptimizerAndTheReadinessForecastUseOnlyTheSchedulersModel() {
        pureCore("org.tarikh.review.optimizer..", "org.tarikh.review.scheduler..");
        pureCore("org.tarikh.readiness.forecast..", "org.tarikh.review.scheduler..");
    }

    @Test
    void questionContentUsesOnlyTheJavaPlatformAndText() {
        pureCore("org.tarikh.bank.content..", "org.tarikh.text..");
    }

    @Test
    void gradingUsesOnlyQuestionContent() {
        pureCore("org.tarikh.quiz.grading..", "org.tarikh.bank.content..", "org.tarikh.text..");
    }

    @Test
    void theBankFormatReadsYamlIntoQuestionContent() {
        pureCore("org.tarikh.bank.format..", "org.tarikh.bank.content..", "org.tarikh.text..", "org.yaml.snakeyaml..");
    }

    @Test
    void importAndExportFormatsWorkOnQuestionContentAndTheBankFormat() {
        pureCore("org.tarikh.bank.transfer..", "org.tarikh.bank.content..", "org.tarikh.bank.format..",
                "org.tarikh.text..", "org.yaml.snakeyaml..", "java.security..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..");
    }

    @Test
    void textUsesOnlyTheJavaPlatform() {
        pureCore("org.tarikh.text..");
    }

    @Test
    void assignmentRulesUseOnlyTheKindsAndTheQuizModesAndLimits() {
        classes().that().belongToAnyOf(AssignmentRules.class)
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(JAVA)
                        .or(JavaClass.Predicates.resideInAPackage("org.tarikh.failure.."))
                        .or(JavaClass.Predicates.belongToAnyOf(AssignmentRules.class, AssignmentKind.class,
                                QuizMode.class, QuizLimits.class)))
                .check(MAIN);
    }

    private static void pureCore(String core, String... alsoAllowed) {
        String[] allowed = new String[JAVA.length + alsoAllowed.length + 1];
        System.arraycopy(JAVA, 0, allowed, 0, JAVA.length);
        System.arraycopy(alsoAllowed, 0, allowed, JAVA.length, alsoAllowed.length);
        allowed[allowed.length - 1] = core;
        classes().that().resideInAPackage(core).should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .check(MAIN);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>
            outsideTarikhOr(String... packages) {
        return com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage("org.tarikh..")
                .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(packages));
    }
}
