package cn.chainscout.database;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    GraphMigrations graphMigrations(Driver driver) {
        return new GraphMigrations(driver);
    }

    @Bean
    GraphSchema graphSchema(Driver driver, GraphMigrations migrations) {
        return new GraphSchema(driver, migrations);
    }
}
