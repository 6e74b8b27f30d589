package cn.chainscout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Set;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.audit.AuditFilter;
import cn.chainscout.audit.AuditTrail;
import cn.chainscout.backup.BackupService;
import cn.chainscout.chain.ChainService;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import cn.chainscout.company.CompanyService;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** The roles hold on the services themselves, not only on pages and URLs. */
@ChainScoutTest
class ServiceRolesTest {

    @Autowired
    ChainService chains;
    @Autowired
    CompanyService companies;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    BackupService backups;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Driver driver;

    @Test
    void nobodySignedInReadsNothing() {
        assertThatThrownBy(() -> chains.overview()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> companies.search("比亚迪", 5)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(currentUser.name()).isEqualTo(CurrentUser.ANONYMOUS);
    }

    @Test
    @WithMockUser(username = "a-leader", roles = Roles.LEADER)
    void aLeaderReadsButChangesNothing() {
        assertThat(chains.overview()).isNotEmpty();
        assertThat(currentUser.name()).isEqualTo("a-leader");
        GraphCounts before = GraphCounts.of(driver);
        assertThatThrownBy(() -> accounts.create("leader-made", Set.of(Roles.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(cn.chainscout.TestUser.ANALYST.username())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.search(AuditFilter.any(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.backup(new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "an-analyst", roles = Roles.ANALYST)
    void anAnalystMayNotManageUsersReadTheAuditTrailOrBackUp() {
        assertThat(companies.search("比亚迪", 5)).isNotEmpty();
        assertThatThrownBy(() -> accounts.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.kinds()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.restore(new java.io.ByteArrayInputStream(new byte[0]), "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "an-admin", roles = Roles.ADMIN)
    void anAdminManagesUsersAndEveryChangeIsInTheAuditTrail() {
        String name = "svc-test-" + System.nanoTime();
        String oneTime = accounts.create(name, Set.of(Roles.LEADER));
        assertThat(oneTime).hasSize(16);
        UserAccount created = accounts.list().stream().filter(u -> u.username().equals(name)).findFirst().orElseThrow();
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.createdBy()).isEqualTo("an-admin");
        accounts.update(name, created.version(), Set.of(Roles.LEADER, Roles.ANALYST), false);
        accounts.resetPassword(name);
        var trail = audit.search(new AuditFilter("an-admin", "User", "user.", null, null), 0, 50).stream()
                .filter(e -> e.entityId().equals(name)).toList();
        assertThat(trail).extracting(e -> e.action()).containsExactly("user.resetPassword", "user.update", "user.create");
        assertThat(trail.get(1).before()).contains("[LEADER]", "enabled=true");
        assertThat(trail.get(1).after()).contains("[LEADER, ANALYST]", "enabled=false");
        // a change from a stale page (old version) is refused
        assertThatThrownBy(() -> accounts.update(name, created.version(), Set.of(Roles.ADMIN), true))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.key()).isEqualTo("security.error.changedMeanwhile"));
    }

    @Test
    @WithMockUser(username = "test-admin", roles = Roles.ADMIN)
    void anAdminCannotLockThemselvesOut() {
        UserAccount me = accounts.list().stream().filter(u -> u.username().equals("test-admin")).findFirst().orElseThrow();
        assertThatThrownBy(() -> accounts.update("test-admin", me.version(), Set.of(Roles.LEADER), true))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.key()).isEqualTo("security.error.notYourself"));
    }
}
