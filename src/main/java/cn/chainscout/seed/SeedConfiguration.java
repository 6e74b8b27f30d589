package cn.chainscout.seed;

import org.neo4j.driver.Driver;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class SeedConfiguration {

    @Bean
    SeedLoader seedLoader(Driver driver) {
        return new SeedLoader(driver);
    }

    /** After the schema (order 0); an invalid seed stops the start and writes nothing. */
    @Bean
    @Order(10)
    ApplicationRunner seedRunner(SeedLoader loader, SeedProperties properties) {
        return args -> {
            if (properties.enabled()) {
                loader.load(properties.location(), false);
            }
        };
    }
}
