package org.linli.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.IdNumber;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #11, item 10: 实名认证 allows five failed attempts a day, and twenty attempts at once get
 * no more: counting, trying and recording are one step per account.
 */
@LinliTest
class BindingAttemptsTest {

    @Autowired
    Bindings bindings;

    @Autowired
    Accounts accounts;

    @Autowired
    Divisions divisions;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twentyConcurrentAttemptsAreCheckedAtMostFiveTimes() throws Exception {
        accounts.createSystemAccount("bind-race", "并发认证", Role.RESIDENT, divisions.findByCode("150104001002").orElseThrow(),
                "bind-Race-7");
        CurrentUser resident = (CurrentUser) users.loadUserByUsername("bind-race");
        String first17 = "15010419800101123";
        String unknown = first17 + IdNumber.checkCharacter(first17);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        bindings.bind(resident, new BindAccount("不存在的人", unknown));
                        return "bound";
                    } catch (Refusal refusal) {
                        return refusal.key();
                    }
                }));
            }
            start.countDown();
            List<String> keys = new ArrayList<>();
            for (Future<String> answer : answers) {
                keys.add(answer.get());
            }
            assertThat(keys).filteredOn("deliberation.binding.mismatch"::equals).hasSizeLessThanOrEqualTo(Bindings.DAILY_ATTEMPTS);
            assertThat(keys).filteredOn("deliberation.binding.attempts"::equals).hasSizeGreaterThanOrEqualTo(15);
        }
        long accountId = accounts.findByUsername("bind-race").orElseThrow().id();
        assertThat(jdbc.sql("SELECT count(*) FROM binding_attempt WHERE account_id = :a").param("a", accountId)
                .query(Long.class).single()).isLessThanOrEqualTo(Bindings.DAILY_ATTEMPTS);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'RESIDENT_BIND_FAILED' AND target = '账户 bind-race'")
                .query(Long.class).single()).isLessThanOrEqualTo(Bindings.DAILY_ATTEMPTS);
    }
}
