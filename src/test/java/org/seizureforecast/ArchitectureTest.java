package org.seizureforecast;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules: the streaming engine ({@code core}) and the offline tools ({@code tools}) are
 * plain Java; the engine never reaches the tools; adapters are thin and reach each other only
 * through the ports named below.
 */
class ArchitectureTest {

    private static final String CORE = "org.seizureforecast.core..";
    private static final String TOOLS = "org.seizureforecast.tools..";
    private static final String ADAPTER = "org.seizureforecast.adapter..";

    private static JavaClasses main;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.seizureforecast");
    }

    @Test
    void coreDependsOnlyOnTheJdk() {
        classes()
                .that()
                .resideInAPackage(CORE)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", CORE, "")
                .because("the streaming engine (signal, inference ports, alarm, pipeline, monitor) must run"
                        + " without any framework; put Kafka, Quarkus, ORT, iirj or Micrometer code in an"
                        + " adapter package and reach it through a core interface")
                .check(main);
    }

    @Test
    void toolsDependOnlyOnTheJdkAndTheEngine() {
        classes()
                .that()
                .resideInAPackage(TOOLS)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", CORE, TOOLS, "")
                .because("the offline tools (EDF, NPY, simulator, SzCORE scoring, batch runs of the engine)"
                        + " are plain Java too, so a researcher can use them without the service")
                .check(main);
    }

    @Test
    void theEngineNeverReachesTheTools() {
        noClasses()
                .that()
                .resideInAPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(TOOLS)
                .because("the live engine must not grow file formats, the simulator or scoring; offline"
                        + " work uses the engine, never the reverse")
                .check(main);
    }

    @Test
    void corePackagesDoNotDependOnEachOtherInCycles() {
        slices().matching("org.seizureforecast.(core|tools).(*)..")
                .should()
                .beFreeOfCycles()
                .because("each package is a step of the pipeline or a tool it uses; a cycle means"
                        + " two packages are one concept split badly")
                .check(main);
    }

    @Test
    void coreAndToolsNeverReachIntoAdapters() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE, TOOLS)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ADAPTER)
                .because("dependencies point inwards: adapters call the core, never the reverse")
                .check(main);
    }

    @Test
    void adaptersReachEachOtherOnlyThroughNamedPorts() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("cli")
                .definedBy("org.seizureforecast.adapter.cli..")
                .layer("rest")
                .definedBy("org.seizureforecast.adapter.rest..")
                .layer("health")
                .definedBy("org.seizureforecast.adapter.health..")
                .layer("runtime")
                .definedBy("org.seizureforecast.adapter.runtime..")
                .layer("config")
                .definedBy("org.seizureforecast.adapter.config..")
                .layer("kafka")
                .definedBy("org.seizureforecast.adapter.kafka..")
                .layer("metrics")
                .definedBy("org.seizureforecast.adapter.metrics..")
                .layer("onnx")
                .definedBy("org.seizureforecast.adapter.onnx..")
                .layer("dsp")
                .definedBy("org.seizureforecast.adapter.dsp..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("rest")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("health")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("runtime")
                .mayOnlyBeAccessedByLayers("rest", "health")
                .whereLayer("config")
                .mayOnlyBeAccessedByLayers("cli", "rest", "runtime")
                .whereLayer("kafka")
                .mayOnlyBeAccessedByLayers("cli", "runtime")
                .whereLayer("metrics")
                .mayOnlyBeAccessedByLayers("rest", "runtime")
                .whereLayer("onnx")
                .mayOnlyBeAccessedByLayers("config", "cli")
                .whereLayer("dsp")
                .mayOnlyBeAccessedByLayers("config")
                .because("each adapter is one kind of edge: transports (cli, rest, health) reach the running"
                        + " service only through runtime's Processing, detectors and filters are chosen only in"
                        + " the composition root (config; the bench command measures ORT directly), and the"
                        + " Kafka plumbing belongs to the runtime and the replay command")
                .check(main);
    }
}
