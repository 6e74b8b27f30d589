package cn.chainscout.common.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the app, in the district's zone: services ask it for "now" and "today". */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(DistrictProperties district) {
        return Clock.system(district.zone());
    }
}
