package org.linli.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.linli.consultation.Drafts;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One draft open for comment in the demo committee: paragraphs of Leshan's draft work plan on
 * grassroots self-government, itself published for public comment in 2021 ([000]). Runs after the
 * demo district is loaded and adds the draft once, with a deadline a month ahead so the demo
 * always has a live consultation.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoConsultation implements ApplicationRunner {

    static final String TITLE = "深化基层群众自治工作方案（征求意见稿）";

    /** Paragraphs of [000], annex 1, with the full-width punctuation of the original. */
    static final List<String> PARAGRAPHS = List.of(
            "按照省委、市委关于两项改革“后半篇”文章部署要求，为进一步健全党组织领导的基层群众自治机制，结合我市实际，现制定如下工作方案。",
            "8.创新议事协商形式。指导建立议事协商事项目录和议事预审制度，丰富协商议事形式和活动载体，鼓励开展村（居）民说事、民情恳谈、百姓议事、网络协商等形式，集思广益、群策群力，凝聚发展合力。",
            "9.建立评价机制。指导建立健全议事决策评价制度，组织党员和村（居）民代表，对重要决策定期进行评估并及时修正完善。",
            "10.加强村（居）务公开。指导县（市、区）形成村（居）务公开指导目录，规范公开形式、时间、程序和内容。在利用公开栏、会议等传统公开形式的基础上，推行村（居）务信息查询平台、微信公众号、微信群、QQ群等“互联网+公开”形式。",
            "12.修订村规民约（居民公约）。围绕乡村振兴、依法治理、森林防灭火等重点工作和热点问题，结合各地实际，突出问题导向，全面修订完善村规民约（居民公约），创新开展“户积分+个人积分”“红黑榜”“星级文明户”评选等活动，增强村规民约（居民公约）的执行力和约束力，充分发挥村规民约（居民公约）在基层社会治理中的积极作用。",
            "15.推动“三无”老旧小区（院落）自治。督促指导“三无”老旧小区（院落）全面建立小区（院落）自治组织，健全自治机制，开展物业服务、维护院落秩序、搞好环境卫生、反映居民诉求、调解居民纠纷等自治活动，打通基层治理最末端，提升小区居民的归属感和认同感。");

    private final Drafts drafts;
    private final Divisions divisions;
    private final Clock clock;

    DemoConsultation(Drafts drafts, Divisions divisions, Clock clock) {
        this.clock = clock;
        this.drafts = drafts;
        this.divisions = divisions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Division committee = divisions.findByCode(DemoDistrict.COMMITTEE).orElseThrow();
        var deadline = LocalDate.now(clock).plusDays(30).atTime(LocalTime.of(18, 0)).atZone(clock.getZone()).toOffsetDateTime();
        drafts.ensure(committee, TITLE, PARAGRAPHS, deadline, "worker");
    }
}
