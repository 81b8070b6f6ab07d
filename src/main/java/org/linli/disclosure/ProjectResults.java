package org.linli.disclosure;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.linkage.ProjectFinished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Posts a finished community project's result on its committee's board at once, under major
 * matters: a project the committee ran with residents' money and partners is a matter its
 * residents are told the outcome of. One posting per project, however often the event is delivered.
 */
@Component
class ProjectResults {

    /** The board's title is at most 100 characters. */
    private static final int TITLE = 100;

    private final Postings postings;
    private final ProjectResultStore store;
    private final Clock clock;

    ProjectResults(Postings postings, ProjectResultStore store, Clock clock) {
        this.postings = postings;
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProjectFinished finished) {
        if (!store.claim(finished.projectId())) {
            return;
        }
        String title = "项目成效：" + finished.title();
        if (title.length() > TITLE) {
            title = title.substring(0, TITLE - 1) + "…";
        }
        String body = "项目“" + finished.title() + "”已于 " + finished.finishedOn() + " 结项。\n" + finished.result();
        long posting = postings.postMajor(finished.committeeId(), title, body, finished.recordedBy());
        store.posted(finished.projectId(), finished.committeeId(), posting, OffsetDateTime.now(clock));
    }
}
