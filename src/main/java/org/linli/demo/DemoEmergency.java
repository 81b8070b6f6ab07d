package org.linli.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.emergency.EmergencyLoader;
import org.linli.shared.CurrentUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo committee's emergency preparations (五塔北街社区): its network — the demo worker and grid
 * worker with their accounts, the community police officer, the property manager and a volunteer
 * without —, its plan from the old-estate template, two past drills and its reserves (one expiring,
 * one expired); once, on the district's first start or the first start of an older data folder.
 */
@Component
@Order(29)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoEmergency implements ApplicationRunner {

    private final EmergencyLoader loader;
    private final Divisions divisions;
    private final Accounts accounts;
    private final Clock clock;

    DemoEmergency(EmergencyLoader loader, Divisions divisions, Accounts accounts, Clock clock) {
        this.loader = loader;
        this.divisions = divisions;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Division committee = divisions.findByCode(DemoDistrict.COMMITTEE).orElse(null);
        if (committee == null || accounts.findByUsername("worker").isEmpty() || loader.hasNetwork(committee)) {
            return;
        }
        CurrentUser worker = user("worker");
        loader.addMember(committee, "张丽", "COMMITTEE", "总指挥：宣布和结束应急状态，调度转移", "", "worker", worker);
        loader.addMember(committee, "刘强", "GRID", "第1网格：逐户通知、协助转移名单上的居民", "", "grid", worker);
        loader.addMember(committee, "韩警官", "POLICE", "维持秩序，疏导交通，协助破门救援", "13904710110", "", worker);
        loader.addMember(committee, "周经理", "PROPERTY", "关闭燃气电源总阀，开放消防通道和应急避难场所", "13904710220", "", worker);
        loader.addMember(committee, "马志愿", "VOLUNTEER", "陪护老人和儿童，分发应急物资", "13904710330", "", worker);
        loader.savePlan(committee, "OLD_ESTATE", List.of(
                "总指挥：居委会主任张丽；副总指挥：社区民警韩警官；网格员负责本网格通知和转移，物业负责设施，志愿者负责陪护。",
                "每月排查楼道堆物、私拉电线和电动车入户充电；重点检查 1980 年代老楼的燃气管线。",
                "接到预警 10 分钟内在网格群和楼道广播通知；30 分钟内向街道应急办报告。",
                "无电梯楼栋由网格员逐户敲门；转移名单上的居民一人一名责任人，优先转移。",
                "第一避难点：五塔寺广场；第二避难点：五塔北街小学操场；疏散路线见公示栏。",
                "居委会库房存放照明、饮水、急救和防汛物资，每季度清点一次，临期一个月轮换。",
                "清点人数、安置临时生活、统计损失，一个月内修订预案。"), worker);
        LocalDate today = LocalDate.now(clock);
        loader.recordDrill(committee, today.minusMonths(2), "老旧楼栋火灾夜间疏散", 46, "居委会、社区民警、物业、志愿者、3 号楼居民",
                "2 单元楼道堆物阻碍通行，已督促清理；两名卧床老人转移用时过长，需配备折叠担架。", worker);
        loader.recordDrill(committee, today.minusMonths(8), "暴雨内涝地下室转移", 28, "居委会、物业、网格员、志愿者",
                "地下室住户名单不全，已与物业核对补齐。", worker);
        loader.addReserve(committee, "应急照明灯", 20, "个", "居委会库房", null, worker);
        loader.addReserve(committee, "瓶装饮用水", 30, "箱", "居委会库房", today.plusDays(20), worker);
        loader.addReserve(committee, "急救包", 10, "个", "社区卫生服务站", today.minusDays(5), worker);
        loader.addReserve(committee, "防汛沙袋", 200, "条", "1 号楼地下室", null, worker);
        loader.addReserve(committee, "折叠担架", 2, "副", "居委会库房", null, worker);
    }

    private CurrentUser user(String username) {
        Account a = accounts.findByUsername(username).orElseThrow();
        return DemoUser.of(a);
    }
}
