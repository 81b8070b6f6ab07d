package org.linli.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.access.internal.AccountAdmin;
import org.linli.access.internal.AccountForm;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.testing.Faces;
import org.linli.testing.ModuleTest;
import org.linli.testing.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The access module with the division and the audit log, on a database of its own: accounts are
 * read within a scope only, an administrator's mistakes are refused by key, and sign-in loads the
 * account as the principal every module sees.
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class AccessModuleTest {

    @Autowired
    Accounts accounts;

    @Autowired
    AccountAdmin admin;

    @Autowired
    UserDetailsService users;

    @Autowired
    DivisionImporter importer;

    @Autowired
    Places places;

    @Autowired
    Divisions divisions;

    Division committee;

    @BeforeEach
    void aCommitteeAndItsWorker() {
        RegistryFixtures.signIn("admin");
        RegistryFixtures.building(importer, places, divisions);
        committee = divisions.findByCode("150104001002").orElseThrow();
        accounts.createSystemAccount("worker", "张丽", Role.COMMUNITY_WORKER, committee, "linli2026");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFaceIsWhatOtherModulesUse() {
        Set<String> face = Faces.of("org.linli.access");
        // A new public type must be added here, with the module that needs it.
        assertThat(face).containsExactlyInAnyOrder("Account", "Accounts");
    }

    @Test
    void accountsAreReadWithinTheScopeOnly() {
        Account worker = accounts.findByUsername("worker").orElseThrow();
        assertThat(accounts.get(worker.id(), new DataScope(committee.path())).role()).isEqualTo(Role.COMMUNITY_WORKER);
        assertThat(accounts.list(new DataScope("/15/1501/150104/150104002/"), "", null, 0, 50)).isEmpty();
        assertThat(accounts.count(new DataScope(committee.path()), "张丽", Role.COMMUNITY_WORKER)).isEqualTo(1);
    }

    @Test
    void anAdministratorsMistakesAreRefusedByKey() {
        DataScope street = new DataScope("/15/1501/150104/150104001/");
        AccountForm wrongLevel = new AccountForm("gridoncommittee", "错位网格员", Role.GRID_WORKER, "150104001002", "start-123", true);
        assertThatThrownBy(() -> admin.create(wrongLevel, Role.STREET_STAFF, street))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("access.division-code.wrong-level"));
        AccountForm outside = new AccountForm("outsider", "越权者", Role.COMMUNITY_WORKER, "150104002001", "start-123", true);
        assertThatThrownBy(() -> admin.create(outside, Role.STREET_STAFF, street))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("access.division-code.unknown"));
        AccountForm weak = new AccountForm("weakling", "弱密码", Role.COMMUNITY_WORKER, "150104001002", "short", true);
        assertThatThrownBy(() -> admin.create(weak, Role.STREET_STAFF, street))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("password"));
        AccountForm good = new AccountForm("newworker", "新社工", Role.COMMUNITY_WORKER, "150104001002", "start-123", true);
        assertThat(admin.create(good, Role.STREET_STAFF, street).divisionPath()).isEqualTo(committee.path());
    }

    @Test
    void signInLoadsThePrincipalWithItsScope() {
        var principal = (org.linli.shared.CurrentUser) users.loadUserByUsername("worker");
        assertThat(principal.scope().path()).isEqualTo(committee.path());
        assertThat(principal.role()).isEqualTo(Role.COMMUNITY_WORKER);
    }
}
