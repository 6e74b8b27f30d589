package cn.chainscout;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ChainScoutApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChainScoutApplication.class, args);
    }
}
