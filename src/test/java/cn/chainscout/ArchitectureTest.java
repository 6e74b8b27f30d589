package cn.chainscout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Repository;

/** Keeps the package-by-feature shape: no cycles between features, views never touch the database. */
@AnalyzeClasses(packages = "cn.chainscout", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("cn.chainscout.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewsNeverUseRepositoriesOrTheDatabase = noClasses().that().resideInAPackage("cn.chainscout..ui..")
            .or().resideInAPackage("cn.chainscout.shell..").or().resideInAPackage("cn.chainscout.api..")
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.data.neo4j..", "org.neo4j..");

    @ArchTest
    static final ArchRule servicesDoNotDependOnViews = noClasses().that().resideOutsideOfPackages("cn.chainscout..ui..", "cn.chainscout.shell..")
            .should().dependOnClassesThat().resideInAPackage("cn.chainscout..ui..");

    /**
     * Services, queries and REST answers know no Vaadin: texts come from Spring's MessageSource (common.i18n.Messages).
     * Exceptions: the I18NProvider adapter the views use, and the security set-up that installs Vaadin's sign-in.
     */
    @ArchTest
    static final ArchRule onlyViewsDependOnVaadin = noClasses().that().resideOutsideOfPackages("cn.chainscout..ui..", "cn.chainscout.shell..")
            .and().doNotHaveFullyQualifiedName("cn.chainscout.common.i18n.TranslationProvider")
            .and().doNotHaveFullyQualifiedName("cn.chainscout.security.SecurityConfiguration")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");
}
