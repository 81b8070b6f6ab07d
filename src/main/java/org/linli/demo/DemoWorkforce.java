package org.linli.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.workforce.Certificate;
import org.linli.workforce.Degree;
import org.linli.workforce.NewWorker;
import org.linli.workforce.Post;
import org.linli.workforce.WorkforceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo district's community workers: Yuquan's pay table under 三岗十八级 and about six workers per
 * committee ([001] 十八: 820 workers in the scheme across the district's 133 committees). The seeds
 * give the scheme's shape (basic + seniority + allowance, three posts, eighteen grades, grades for
 * degrees and certificates) but no amounts: every amount below is a demo value, a parameter each
 * region sets for itself on the pay page. The demo account "worker" (张丽) is the director of her committee.
 */
@Component
@Order(28)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoWorkforce implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkforce.class);

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭",
            "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅"};
    private static final String[] GIVEN = {"丽", "敏", "静", "伟", "芳", "娜", "秀英", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
            "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文", "华", "红", "玉兰", "晓东", "海燕", "志强", "雪梅", "慧", "鹏", "婷"};
    private static final String[] COURSES = {"社区工作者能力提升培训", "社会工作者职业水平考试考前培训", "“五社联动”专题培训",
            "社工站建设专题培训", "基层治理能力专题培训", "网格化服务管理培训"};
    private static final String[] ORGANISERS = {"玉泉区民政局", "呼和浩特市民政局", "区委组织部", "街道办事处"};
    private static final String[] RESULTS = {"优秀", "称职", "称职", "称职", "基本称职"};

    private final WorkforceLoader loader;
    private final Divisions divisions;
    private final Accounts accounts;
    private final Clock clock;
    private final long seed;

    DemoWorkforce(WorkforceLoader loader, Divisions divisions, Accounts accounts, Clock clock, @Value("${linli.demo.seed}") long seed) {
        this.loader = loader;
        this.divisions = divisions;
        this.accounts = accounts;
        this.clock = clock;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        Division district = divisions.findByCode(DemoDistrict.DISTRICT).orElse(null);
        if (district == null || accounts.findByUsername("admin").isEmpty()) {
            return;
        }
        payTable(district);
        if (loader.loaded(district.path())) {
            return;
        }
        List<NewWorker> workers = new ArrayList<>();
        List<Division> committees = divisions.search("", new DataScope(district.path()), List.of(Level.COMMITTEE), 10_000).stream()
                .sorted(Comparator.comparing(Division::code)).toList();
        for (Division c : committees) {
            workers.addAll(committee(c));
        }
        int n = loader.load(workers, admin());
        log.info("演示社区工作者：{} 人已登记", n);
    }

    /**
     * Demo values (no seed gives amounts; each region sets its own): basic pay rising by grade from
     * 4,200 (正职), 3,800 (副职) and 3,400 (委员及其他) yuan a month; 40 yuan a month per full year of
     * service; allowances of 300, 500 and 800 yuan for the three certificates, worth 1, 2 and 3 grades;
     * 本科 worth 1 grade and 研究生 2.
     */
    private void payTable(Division district) {
        Map<Post, int[]> basic = new EnumMap<>(Post.class);
        basic.put(Post.PRINCIPAL, ladder(4200, 100));
        basic.put(Post.DEPUTY, ladder(3800, 90));
        basic.put(Post.MEMBER, ladder(3400, 80));
        if (loader.payTable(district.path(), LocalDate.of(2022, 1, 1), basic, 40, new int[] {300, 500, 800}, new int[] {1, 2, 3},
                new int[] {0, 1, 2}, "admin")) {
            log.info("演示薪酬表已设定（演示值）");
        }
    }

    private static int[] ladder(int first, int step) {
        int[] amounts = new int[18];
        for (int g = 0; g < 18; g++) {
            amounts[g] = first + g * step;
        }
        return amounts;
    }

    /** A director, a deputy and three to six others per committee; the demo committee's director signs in as "worker". */
    private List<NewWorker> committee(Division c) {
        Random random = new Random(seed * 31 + Long.parseLong(c.code()));
        LocalDate today = LocalDate.now(clock);
        List<NewWorker> list = new ArrayList<>();
        int others = 3 + random.nextInt(4);
        for (int i = 0; i < others + 2; i++) {
            Post post = i == 0 ? Post.PRINCIPAL : i == 1 ? Post.DEPUTY : Post.MEMBER;
            boolean demoWorker = i == 0 && c.code().equals(DemoDistrict.COMMITTEE);
            String name = demoWorker ? "张丽" : SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            LocalDate started = today.minusDays(200 + random.nextInt(365 * 15));
            Degree degree = random.nextInt(3) == 0 ? Degree.COLLEGE : Degree.BACHELOR;
            Certificate certificate = switch (random.nextInt(6)) {
                case 0, 1 -> Certificate.ASSISTANT;
                case 2 -> Certificate.SOCIAL_WORKER;
                default -> Certificate.NONE;
            };
            LocalDate certified = certificate == Certificate.NONE ? null : today.minusDays(30 + random.nextInt(900));
            int grade = Math.min(18, 1 + (int) (java.time.temporal.ChronoUnit.YEARS.between(started, today) / 2) + (i == 0 ? 3 : 0));
            List<NewWorker.Course> courses = new ArrayList<>();
            int count = random.nextInt(3);
            for (int k = 0; k < count; k++) {
                courses.add(new NewWorker.Course(today.minusDays(20 + random.nextInt(900)), COURSES[random.nextInt(COURSES.length)],
                        BigDecimal.valueOf(4 + random.nextInt(13)), ORGANISERS[random.nextInt(ORGANISERS.length)]));
            }
            list.add(new NewWorker(c.code(), name, demoWorker ? "worker" : null, post, grade, degree, certificate, certified, started,
                    courses, RESULTS[random.nextInt(RESULTS.length)]));
        }
        return list;
    }

    private CurrentUser admin() {
        Account a = accounts.findByUsername("admin").orElseThrow();
        return DemoUser.of(a);
    }
}
