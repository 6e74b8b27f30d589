package cn.chainscout.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Wraps the app's Neo4j driver (benchmark profile only) so that the Cypher a service runs, with its
 * parameters, can be recorded and then replayed raw through the driver: the benchmark's measure of
 * what the service path adds on top of the queries themselves.
 */
@Component
@Profile("benchmark")
class QueryRecorder implements BeanPostProcessor {

    private static final ThreadLocal<List<Query>> RECORDING = new ThreadLocal<>();

    /** Runs the action and returns every query it sent, in order. */
    static List<Query> record(Runnable action) {
        List<Query> queries = new ArrayList<>();
        RECORDING.set(queries);
        try {
            action.run();
        } finally {
            RECORDING.remove();
        }
        return queries;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof Driver driver ? wrap(driver, Driver.class) : bean;
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if ("run".equals(method.getName()) && args != null && args.length > 0) {
                List<Query> queries = RECORDING.get();
                if (queries != null) {
                    queries.add(query(args));
                }
            }
            Object result = invoke(target, method, args);
            if (result instanceof Transaction tx && !(result instanceof Proxy)) {
                return wrap(tx, Transaction.class);
            }
            if (result instanceof Session session && !(result instanceof Proxy)) {
                return wrap(session, Session.class);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @SuppressWarnings("unchecked")
    private static Query query(Object[] args) {
        if (args[0] instanceof Query q) {
            return q;
        }
        String text = (String) args[0];
        if (args.length > 1 && args[1] instanceof Map<?, ?> parameters) {
            return new Query(text, (Map<String, Object>) parameters);
        }
        if (args.length > 1 && args[1] instanceof Value parameters) {
            return new Query(text, parameters);
        }
        return new Query(text);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
