package org.linli.casework;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 好差评: the reporter rates a closed case once per closing, 5 (非常满意) to 1 (非常不满意).
 * 不满意 or worse reopens it for rectification; the reopened case can be rated again when closed.
 */
@Service
public class Ratings {

    public static final List<String> GRADES = List.of("", "非常不满意", "不满意", "基本满意", "满意", "非常满意");

    public record Rating(int score, String comment, OffsetDateTime ratedAt) {

        public String grade() {
            return GRADES.get(score);
        }

        public LocalDateTime localRatedAt() {
            return Times.local(ratedAt);
        }
    }

    private final JdbcClient jdbc;
    private final Cases cases;
    private final AuditLog audit;

    Ratings(JdbcClient jdbc, Cases cases, AuditLog audit) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.audit = audit;
    }

    public List<Rating> of(long caseId) {
        return jdbc.sql("SELECT score, comment, rated_at FROM case_rating WHERE case_id = :c ORDER BY rated_at")
                .param("c", caseId).query(Rating.class).list();
    }

    /** Whether the case waits for the reporter's rating (closed, and not rated since it closed). */
    public boolean awaitsRating(CaseView c) {
        return c.status() == CaseStatus.CLOSED && jdbc.sql("SELECT count(*) FROM case_rating WHERE case_id = :c AND rated_at >= :closed")
                .param("c", c.id()).param("closed", c.closedAt()).query(Long.class).single() == 0;
    }

    /** Rates a case whose reporter the caller has already established. */
    @Transactional
    public void rate(long caseId, int score, String comment, String rater) {
        CaseView c = cases.load(caseId);
        if (!awaitsRating(c)) {
            throw new CaseRejected("该诉求当前不需要评价");
        }
        if (score < 1 || score > 5) {
            throw new CaseRejected("请选择满意程度");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > 500) {
            throw new CaseRejected("评价内容不能超过 500 个字");
        }
        if (score <= 2 && text.isEmpty()) {
            throw new CaseRejected("不满意时请说明原因，以便整改");
        }
        jdbc.sql("INSERT INTO case_rating (case_id, score, comment, rated_by) VALUES (:c, :s, :t, :by)")
                .param("c", caseId).param("s", score).param("t", text.isEmpty() ? null : text).param("by", rater).update();
        jdbc.sql("UPDATE case_record SET rating = :s WHERE id = :c").param("s", score).param("c", caseId).update();
        audit.recordAs(rater, "CASE_RATE", c.number() + " " + c.title(), c.divisionPath(), GRADES.get(score));
        if (score <= 2) {
            cases.transition(cases.load(caseId), CaseStatus.REOPENED, "评价“" + GRADES.get(score) + "”：" + text, rater,
                    Role.RESIDENT, null);
        } else {
            cases.log(caseId, rater, Role.RESIDENT, CaseStatus.CLOSED, CaseStatus.CLOSED, "评价“" + GRADES.get(score) + "”"
                    + (text.isEmpty() ? "" : "：" + text), null);
        }
    }
}
