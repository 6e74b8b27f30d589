package cn.chainscout.database;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    GraphSchema graphSchema(Driver driver) {
        return new GraphSchema(driver);
    }
}
