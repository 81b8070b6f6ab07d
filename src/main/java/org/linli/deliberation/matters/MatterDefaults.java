package org.linli.deliberation.matters;

import java.util.List;

import org.linli.deliberation.meetings.MeetingKind;
import org.linli.deliberation.topics.Procedure;
import org.linli.division.Kind;

/** The catalogue a committee starts from: what the organic laws put before its meetings, and the usual forums below them. */
final class MatterDefaults {

    private static final DisclosureKind MAJOR = DisclosureKind.MAJOR;
    private static final DisclosureKind FINANCE = DisclosureKind.FINANCE;
    private static final DisclosureKind GENERAL = DisclosureKind.GENERAL;

    private MatterDefaults() {
    }

    /** Residents' committees: what the urban organic law puts before the residents' meeting, and the usual forums below it. */
    private static List<MatterForm> urban() {
        return List.of(
                entry("涉及全体居民利益的重要问题", true, MeetingKind.RESIDENTS_MEETING, MAJOR,
                        "讨论决定的事项、表决结果及实施情况", "城市居民委员会组织法第十条"),
                entry("居民公约的制定和修改", true, MeetingKind.RESIDENTS_MEETING, GENERAL,
                        "居民公约全文及备案情况", "城市居民委员会组织法第十五条"),
                entry("兴办公益事业向居民筹集费用", true, MeetingKind.RESIDENTS_MEETING, FINANCE,
                        "筹集方案和收支账目", "城市居民委员会组织法第十六条"),
                entry("社区公共事务和公益事业的一般事项", false, MeetingKind.RESIDENTS_REPRESENTATIVES_MEETING, GENERAL,
                        "协商结果及落实情况", "居民代表会议议事规则"),
                entry("小区（院落）公共事务，如加装电梯、停车管理", false, MeetingKind.ESTATE_COUNCIL, MAJOR,
                        "议定方案、费用分摊及实施结果", "小区（院落）议事规则"),
                entry("社区“两委”日常工作中的重要事项", false, MeetingKind.JOINT_COMMITTEES_MEETING, GENERAL,
                        "商议结果", "社区“两委”联席会议制度"));
    }

    /** Villagers' committees: the matters of 村民委员会组织法 art. 24 and 27, and the two committees' own business. */
    private static List<MatterForm> village() {
        String art24 = "村民委员会组织法第二十四条";
        return List.of(
                entry("本村享受误工补贴的人员及补贴标准", true, MeetingKind.VILLAGERS_MEETING, FINANCE,
                        "享受人员名单、补贴标准及发放情况", art24),
                entry("从村集体经济所得收益的使用", true, MeetingKind.VILLAGERS_MEETING, FINANCE, "收益使用方案及收支明细", art24),
                entry("本村公益事业的兴办和筹资筹劳方案及建设承包方案", true, MeetingKind.VILLAGERS_MEETING, MAJOR,
                        "方案、承包结果及实施情况", art24),
                entry("土地承包经营方案", true, MeetingKind.VILLAGERS_MEETING, MAJOR, "承包经营方案及表决结果", art24),
                entry("村集体经济项目的立项、承包方案", true, MeetingKind.VILLAGERS_MEETING, MAJOR, "立项、承包方案及实施情况", art24),
                entry("宅基地的使用方案", true, MeetingKind.VILLAGERS_MEETING, MAJOR, "使用方案及批准情况", art24),
                entry("征地补偿费的使用、分配方案", true, MeetingKind.VILLAGERS_MEETING, FINANCE, "使用、分配方案及发放明细", art24),
                entry("以借贷、租赁或者其他方式处分村集体财产", true, MeetingKind.VILLAGERS_MEETING, MAJOR,
                        "处分方式、对象、价款及合同", art24),
                entry("村民自治章程、村规民约的制定和修改", true, MeetingKind.VILLAGERS_MEETING, GENERAL,
                        "章程、村规民约全文及备案情况", "村民委员会组织法第二十七条"),
                entry("村民会议授权村民代表会议讨论决定的事项", true, MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING, MAJOR,
                        "授权范围、决定事项及实施情况", "村民委员会组织法第二十四条、第二十六条"),
                entry("村务一般事项", false, MeetingKind.JOINT_COMMITTEES_MEETING, GENERAL, "商议结果（四议两公开）",
                        "村民委员会组织法第三十条"));
    }

    /** The entries a committee of this kind starts with, all under the procedure of its kind (四议两公开 in a village). */
    static List<MatterForm> of(Kind committee) {
        boolean village = committee == Kind.VILLAGERS_COMMITTEE;
        Procedure procedure = village ? Procedure.VILLAGE : Procedure.URBAN;
        return (village ? village() : urban()).stream().map(e -> new MatterForm(e.name(), e.mandatory(), e.body(), procedure,
                e.disclosureKind(), e.disclosureNote(), e.basis())).toList();
    }

    private static MatterForm entry(String name, boolean mandatory, MeetingKind body, DisclosureKind disclosure, String note,
                                    String basis) {
        return new MatterForm(name, mandatory, body, null, disclosure, note, basis);
    }
}
