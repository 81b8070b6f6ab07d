package org.linli.workforce;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.workforce.growth.Appraisal;
import org.linli.workforce.growth.AppraisalForm;
import org.linli.workforce.growth.Growth;
import org.linli.workforce.growth.TrainingForm;
import org.linli.workforce.pay.PayTable;
import org.linli.workforce.pay.PayTables;
import org.linli.workforce.register.Register;
import org.linli.workforce.register.WorkerForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a district's workforce through the same use cases the pages use (the demo district): its
 * pay table, then its workers with their courses and appraisals, as a district administrator.
 */
@Service
public class WorkforceLoader {

    private final Register register;
    private final PayTables tables;
    private final Growth growth;
    private final java.time.Clock clock;

    WorkforceLoader(Register register, PayTables tables, Growth growth, java.time.Clock clock) {
        this.register = register;
        this.tables = tables;
        this.growth = growth;
        this.clock = clock;
    }

    /** Whether anyone is on the register under this path. */
    public boolean loaded(String path) {
        return !register.all(new DataScope(path)).isEmpty();
    }

    /**
     * A region's pay table from a day: per post the 18 basic amounts, the amount per year of service,
     * per certificate (助理, 社会工作师, 高级) the allowance and the grades, per degree (大专, 本科, 研究生) the grades.
     */
    public boolean payTable(String regionPath, LocalDate from, Map<Post, int[]> basic, int seniorityPerYear, int[] allowances,
                            int[] certificateGrades, int[] degreeGrades, String by) {
        Map<Certificate, PayTable.Step> steps = new EnumMap<>(Certificate.class);
        steps.put(Certificate.NONE, new PayTable.Step(0, 0));
        Certificate[] certificates = {Certificate.ASSISTANT, Certificate.SOCIAL_WORKER, Certificate.SENIOR};
        for (int i = 0; i < certificates.length; i++) {
            steps.put(certificates[i], new PayTable.Step(allowances[i], certificateGrades[i]));
        }
        Map<Degree, Integer> degrees = new EnumMap<>(Degree.class);
        degrees.put(Degree.SECONDARY, 0);
        degrees.put(Degree.COLLEGE, degreeGrades[0]);
        degrees.put(Degree.BACHELOR, degreeGrades[1]);
        degrees.put(Degree.MASTER, degreeGrades[2]);
        return tables.seed(new PayTable(0, regionPath, from, seniorityPerYear, basic, steps, degrees), by);
    }

    /** Enters the workers, their courses and appraisals; returns how many were entered. */
    @Transactional
    public int load(List<NewWorker> workers, CurrentUser as) {
        for (NewWorker n : workers) {
            long id = register.add(new WorkerForm(n.name(), n.placeCode(), n.username(), n.post(), n.grade(), n.degree(), n.certificate(),
                    n.certifiedOn(), n.startedOn()), as);
            for (NewWorker.Course c : n.courses()) {
                growth.attend(id, new TrainingForm(c.heldOn(), c.title(), c.hours(), c.organiser()), as);
            }
            if (n.appraisal() != null) {
                for (Appraisal.Result r : Appraisal.Result.values()) {
                    if (r.label().equals(n.appraisal())) {
                        growth.appraise(id, new AppraisalForm(LocalDate.now(clock).getYear() - 1, r), as);
                    }
                }
            }
        }
        return workers.size();
    }
}
