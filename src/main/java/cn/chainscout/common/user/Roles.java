package cn.chainscout.common.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The three roles (docs/security.md) and the annotations that put them on service classes or methods.
 * Views use {@code @RolesAllowed(Roles.ADMIN)} or {@code @PermitAll} with these constants.
 */
public final class Roles {

    /** 领导: reads everything (maps, dashboard, lists), changes nothing. */
    public static final String LEADER = "LEADER";
    /** 招商人员/园区团队: works the leads, shortlist, pipeline and projects. */
    public static final String ANALYST = "ANALYST";
    /** 数据管理员: imports, rollbacks, users, audit trail, backup. */
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(LEADER, ANALYST, ADMIN);

    /** Reading: any signed-in role. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN')")
    public @interface Read {
    }

    /** Changing leads, shortlist, pipeline, projects: ANALYST only. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('ANALYST')")
    public @interface Analyst {
    }

    /** Running an analysis that writes only its own record (a backtest run): ANALYST or ADMIN. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    public @interface AnalystOrAdmin {
    }

    /** Imports, rollbacks, users, audit trail, backup: ADMIN only. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('ADMIN')")
    public @interface Admin {
    }

    private Roles() {
    }
}
