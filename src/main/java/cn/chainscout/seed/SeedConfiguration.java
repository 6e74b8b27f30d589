package cn.chainscout.seed;

import cn.chainscout.database.GraphSchema;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SeedConfiguration {

    @Bean
    SeedLoader seedLoader(Driver driver) {
        return new SeedLoader(driver);
    }

    /**
     * Schema, then seed, before the web server opens: the first page a user sees is already seeded.
     * An invalid seed stops the start and writes nothing.
     */
    @Bean
    SmartInitializingSingleton graphInitializer(GraphSchema schema, SeedLoader loader, SeedProperties properties) {
        return () -> {
            schema.apply();
            if (properties.enabled()) {
                loader.load(properties.location(), false);
            }
        };
    }
}
