package cn.chainscout;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package under cn.chainscout is a module (Spring Modulith): no cycles, and a module
 * uses another only through its API (the types in its root package). The generated module
 * documentation goes to target/spring-modulith-docs.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ChainScoutApplication.class);

    @Test
    void theModulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theModulesAreDocumented() {
        new Documenter(MODULES).writeDocumentation();
    }
}
