package org.linli.reports.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.linli.reports.templates.Templates;
import org.linli.reports.templates.Viewer;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Reads requests: a department its own templates' requests, a street or the district those with
 * forms of their committees, a committee those sent to it. Anything else is not found.
 */
@Service
public class Requests {

    private static final int LIMIT = 200;

    private final RequestStore store;
    private final Templates templates;
    private final Clock clock;

    Requests(RequestStore store, Templates templates, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.clock = clock;
    }

    public List<ReportRequest> visible(CurrentUser user) {
        return store.list(templates.viewer(user), LocalDate.now(clock), LIMIT);
    }

    public ReportRequest get(long id, CurrentUser user) {
        return get(id, templates.viewer(user));
    }

    ReportRequest get(long id, Viewer viewer) {
        return store.find(id, viewer, LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("report request " + id));
    }
}
