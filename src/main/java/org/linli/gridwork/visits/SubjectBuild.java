package org.linli.gridwork.visits;

import org.linli.shared.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the projection from the registry at start-up when it is empty (bulk loads publish no
 * events, and a database from before the visits has none), after the demo's first load.
 */
@Component
@Order(30)
class SubjectBuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SubjectBuild.class);

    private final VisitSubjects subjects;

    SubjectBuild(VisitSubjects subjects) {
        this.subjects = subjects;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (subjects.empty()) {
            long started = System.nanoTime();
            int count = subjects.rebuild(DataScope.COUNTRY);
            log.info("走访对象已生成：{} 人（{} ms）", count, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
