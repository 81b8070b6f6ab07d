package org.linli.emergency.preparedness;

import java.util.List;

/**
 * Kinds of community a plan's template is chosen by ("推动居村根据不同社区形态细化预案", [004] 四): each
 * gives the plan's sections, the same headings with what to think of in that kind of community.
 */
public enum CommunityType {
    OLD_ESTATE("老旧小区", List.of(
            "楼道堆物、私拉电线、电动车楼内充电；老旧燃气和供水管线",
            "无电梯楼栋，独居老人和行动不便者多：逐户敲门通知",
            "楼间空地、学校操场；狭窄通道保持畅通")),
    COMMODITY("商品房小区", List.of(
            "高层消防设施、地下车库积水、电梯困人",
            "业主群和物业广播；高层按楼层分批疏散，消防通道和登高场地不被占用",
            "小区广场、地下人防工程；与物业共同值守出入口")),
    VILLAGE("村", List.of(
            "山洪和地质灾害隐患点、森林草原防火、农村自建房",
            "大喇叭、敲锣、入户通知；留守老人和儿童一对一结对转移",
            "村委会、学校、高处的集体房屋；转移路线避开河道")),
    MIXED("混合型社区", List.of(
            "按片区分别排查：老旧楼栋、商品房、平房院落各自的隐患",
            "各片区分别落实通知人和转移责任人",
            "各片区就近的避难场所和路线"));

    /** The headings every plan has, in order; a template adds its kind's prompts to three of them. */
    public static final List<String> HEADINGS = List.of("组织指挥与分工", "风险隐患排查", "预警与信息报告", "人员疏散与转移",
            "应急避难场所与疏散路线", "应急物资保障", "善后与恢复");

    private final String label;
    private final List<String> prompts;

    CommunityType(String label, List<String> prompts) {
        this.label = label;
        this.prompts = prompts;
    }

    public String label() {
        return label;
    }

    /** The template: each heading with what to think of in this kind of community. */
    public List<Section> template() {
        return java.util.stream.IntStream.range(0, HEADINGS.size()).mapToObj(i -> new Section(HEADINGS.get(i), switch (i) {
            case 0 -> "总指挥、副总指挥；居委会、社区民警、网格员、物业、志愿者各自的职责和联系方式";
            case 1 -> prompts.get(0);
            case 2 -> "接到预警后谁通知谁、多长时间内、用什么方式；向街道报告的时限";
            case 3 -> prompts.get(1) + "；转移名单上的居民由谁负责";
            case 4 -> prompts.get(2);
            case 5 -> "物资的种类、数量、存放地点和管理人；临期轮换";
            default -> "清点人数、安置、心理疏导、损失统计和预案修订";
        })).toList();
    }

    /** A section of a template: its heading and what to think of. */
    public record Section(String title, String hint) {
    }
}
