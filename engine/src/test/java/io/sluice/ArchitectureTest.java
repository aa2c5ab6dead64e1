package io.sluice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Module and package boundaries (README "How it runs": engine -> codegen -> columnar; each dependency imported only by the package that owns it), kept by the build. */
class ArchitectureTest {
  private static JavaClasses sluice;

  @BeforeAll
  static void importClasses() {
    sluice =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.sluice");
  }

  @Test
  void theRulesSeeEveryModule() {
    // An empty import would make every rule below pass vacuously.
    assertThat(sluice.stream().map(c -> c.getPackageName()))
        .anyMatch(p -> p.startsWith("io.sluice.columnar"))
        .anyMatch(p -> p.startsWith("io.sluice.codegen"))
        .anyMatch(p -> p.startsWith("io.sluice.execution"))
        .anyMatch(p -> p.equals("io.sluice.sql"));
  }

  @Test
  void columnarDependsOnNeitherCodegenNorEngine() {
    noClasses()
        .that()
        .resideInAPackage("io.sluice.columnar..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.sluice.codegen..", "io.sluice", "io.sluice.plan..", "io.sluice.execution..",
            "io.sluice.streaming..", "io.sluice.analysis..", "io.sluice.sql..")
        .check(sluice);
  }

  @Test
  void codegenDoesNotDependOnTheEngine() {
    noClasses()
        .that()
        .resideInAPackage("io.sluice.codegen..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.sluice", "io.sluice.plan..", "io.sluice.execution..",
            "io.sluice.streaming..", "io.sluice.analysis..", "io.sluice.sql..")
        .check(sluice);
  }

  @Test
  void onlyTheSqlFrontEndImportsCalcite() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.sluice.sql..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.calcite..")
        .check(sluice);
  }

  @Test
  void onlyCodegenImportsJanino() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.sluice.codegen..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.codehaus.janino..", "org.codehaus.commons.compiler..")
        .check(sluice);
  }

  @Test
  void onlyTheFileReadersImportArrowDatasetAndFileLibraries() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.sluice.columnar.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.arrow.dataset..", "com.univocity..", "org.apache.orc..", "org.apache.hadoop..")
        .check(sluice);
  }

  @Test
  void thePublicApiDoesNotReachIntoTheSqlParser() {
    noClasses()
        .that()
        .resideInAPackage("io.sluice.plan..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.sluice.execution..", "io.sluice.streaming..", "io.sluice.sql..")
        .check(sluice);
  }
}
