package org.seizureforecast;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules that keep the core portable and the adapters thin. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.seizureforecast");
    }

    @Test
    void coreDependsOnlyOnTheJdk() {
        classes().that().resideInAPackage("org.seizureforecast.core..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.seizureforecast.core..", "")
                .because("the core (signal, inference ports, alarm, scoring) must run without any"
                        + " framework; put Kafka, Quarkus, ORT, iirj or Micrometer code in an adapter"
                        + " package and reach it through a core interface")
                .check(main);
    }

    @Test
    void corePackagesDoNotDependOnEachOtherInCycles() {
        slices().matching("org.seizureforecast.core.(*)..").should().beFreeOfCycles()
                .because("each core package is a step of the pipeline or a tool it uses; a cycle means"
                        + " two packages are one concept split badly")
                .check(main);
    }

    @Test
    void onlyTheCompositionRootAndCommandsBuildDetectors() {
        noClasses().that().resideInAnyPackage("org.seizureforecast.adapter.rest..",
                "org.seizureforecast.adapter.kafka..", "org.seizureforecast.adapter.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("org.seizureforecast.adapter.onnx..",
                        "org.seizureforecast.adapter.dsp..")
                .because("transports receive a ready processor; adapter.config (and batch commands) decide"
                        + " which detector and filters run")
                .check(main);
    }

    @Test
    void coreNeverReachesIntoAdapters() {
        noClasses().that().resideInAPackage("org.seizureforecast.core..")
                .should().dependOnClassesThat().resideInAPackage("org.seizureforecast.adapter..")
                .because("dependencies point inwards: adapters call the core, never the reverse")
                .check(main);
    }
}
