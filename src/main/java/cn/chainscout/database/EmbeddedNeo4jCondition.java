package cn.chainscout.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Embedded Neo4j starts only when no external server is configured. */
class EmbeddedNeo4jCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String uri = context.getEnvironment().getProperty("spring.neo4j.uri");
        return uri == null || uri.isBlank();
    }
}
