package cn.chainscout.database;

import org.neo4j.driver.Driver;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Order 0: the schema exists before the seed (order 10) or anything else writes. */
    @Bean
    @Order(0)
    ApplicationRunner graphSchemaRunner(Driver driver) {
        return args -> new GraphSchema(driver).apply();
    }
}
