package org.linli.demo;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.conventions.ConventionsLoader;
import org.linli.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 五塔北街社区's convention and points: its 居民公约 adopted and filed, the points rules, entries for
 * several households and the demo resident's own (so they have one to contest), a published red
 * list, a black-list entry in its appeal period and last year's star households. Loaded once (the
 * committee's rules say whether they are there).
 */
@Component
@Order(27)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoConventions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoConventions.class);

    private final ConventionsLoader loader;
    private final Accounts accounts;

    DemoConventions(ConventionsLoader loader, Accounts accounts) {
        this.loader = loader;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentUser worker = user("worker");
        if (loader.loaded(worker)) {
            return;
        }
        Long resident = accounts.findByUsername("resident").map(Account::id).orElse(null);
        loader.load(worker, resident);
        log.info("演示社区居民公约与积分已载入：五塔北街社区");
    }

    private CurrentUser user(String username) {
        Account a = accounts.findByUsername(username).orElseThrow();
        return DemoUser.of(a);
    }
}
