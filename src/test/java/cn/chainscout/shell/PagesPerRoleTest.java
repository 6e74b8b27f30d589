package cn.chainscout.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import cn.chainscout.PageTest;
import cn.chainscout.TestUser;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every main page opens for the roles that may use it, shows its title, and the admin pages stay shut
 * to the others (without a browser; the Chromium journeys of the second tier draw them).
 */
class PagesPerRoleTest extends PageTest {

    @ParameterizedTest(name = "{0} opens {1}")
    @CsvSource({
            "LEADER, chains/food, ChainMapView, 食品",
            "LEADER, cluster-map, ClusterMapView, 集群地图",
            "LEADER, dashboard, DashboardView, 目标看板",
            "LEADER, projects, ProjectsView, 招商项目",
            "ANALYST, pipeline, PipelineView, 项目推进",
            "ANALYST, leads, LeadsView, 招商线索",
            "ADMIN, users, UsersView, 用户管理",
            "ADMIN, audit, AuditView, 审计日志",
            "ADMIN, backup, BackupView, 备份与恢复",
            "ADMIN, import, ImportView, 数据导入",
    })
    void aRoleOpensThePagesItMayUse(TestUser user, String path, String view, String title) {
        signInAs(user);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        UI.getCurrent().navigate(path);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo(view);
        assertThat(pageText()).contains(title);
    }

    @ParameterizedTest(name = "{0} is kept out of {1}")
    @CsvSource({
            "LEADER, users", "LEADER, audit", "LEADER, backup", "LEADER, import",
            "ANALYST, users", "ANALYST, backup", "ANALYST, import",
    })
    void theAdminPagesStayShutToTheOtherRoles(TestUser user, String path) {
        signInAs(user);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        UI.getCurrent().navigate(path);

        assertThat(getCurrentView().getClass().getSimpleName())
                .isNotIn("UsersView", "AuditView", "BackupView", "ImportView");
        assertThat(pageText()).doesNotContain("新建用户", "下载备份");
    }
}
