package org.linli.benefits.catalogue;

import java.util.List;

/**
 * The benefits most districts pay or review (issue #14's demo catalogue), each with its rule over
 * the registry's fields and its basis in national policy. Who pays how much is a province's or a
 * city's decision (the elderly allowance starts at 80 in some provinces, at 70 in others), and the
 * seeds say nothing of amounts, so a region adopts the list and sets its own amounts and rules;
 * nothing here is in force anywhere until a region adopts it.
 */
public final class StandardCatalogue {

    /** Amounts are the region's to set: the national texts fix none. */
    public static final String REGION_SETS_AMOUNT = "标准由本地区确定";

    private static final String ELDERLY = "《中华人民共和国老年人权益保障法》第三十三条；本地区高龄津贴制度";
    private static final String DISABLED = "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）";
    private static final String ASSISTANCE = "《社会救助暂行办法》";
    private static final String CIVIL_AFFAIRS = "区民政局";
    private static final String STREET = "街道办事处（乡镇人民政府）";

    public static final List<StandardBenefit> BENEFITS = List.of(
            new StandardBenefit("AGED-80", "高龄津贴（80–89 岁）", BenefitKind.ALLOWANCE, "按月发放，" + REGION_SETS_AMOUNT, ELDERLY,
                    CIVIL_AFFAIRS, 1, "registration == \"LOCAL\" && age >= 80 && age < 90"),
            new StandardBenefit("AGED-90", "高龄津贴（90–99 岁）", BenefitKind.ALLOWANCE, "按月发放，" + REGION_SETS_AMOUNT, ELDERLY,
                    CIVIL_AFFAIRS, 2, "registration == \"LOCAL\" && age >= 90 && age < 100"),
            new StandardBenefit("AGED-100", "高龄津贴（100 岁以上）", BenefitKind.ALLOWANCE, "按月发放，" + REGION_SETS_AMOUNT, ELDERLY,
                    CIVIL_AFFAIRS, 3, "registration == \"LOCAL\" && age >= 100"),
            new StandardBenefit("DISABLED-CARE", "重度残疾人护理补贴", BenefitKind.ALLOWANCE, "按月发放，" + REGION_SETS_AMOUNT, DISABLED,
                    CIVIL_AFFAIRS + "（会同区残联）", 4,
                    "\"DISABLED\" in tags && grade(\"DISABLED\") >= 1 && grade(\"DISABLED\") <= 2"),
            new StandardBenefit("DISABLED-LIVING", "困难残疾人生活补贴", BenefitKind.ALLOWANCE, "按月发放，" + REGION_SETS_AMOUNT, DISABLED,
                    CIVIL_AFFAIRS + "（会同区残联）", 5,
                    "\"DISABLED\" in tags && (\"SUBSISTENCE\" in tags || members.exists(m, \"SUBSISTENCE\" in m.tags))"),
            new StandardBenefit("SUBSISTENCE-REVIEW", "低保年审", BenefitKind.REVIEW, null,
                    ASSISTANCE + "；《最低生活保障审核确认办法》（民发〔2021〕57号）", STREET, 6, "\"SUBSISTENCE\" in tags"),
            new StandardBenefit("EXTREME-POVERTY-REVIEW", "特困复核", BenefitKind.REVIEW, null,
                    ASSISTANCE + "；《特困人员认定办法》（民发〔2021〕43号）", STREET, 7, "\"EXTREME_POVERTY\" in tags"),
            new StandardBenefit("CHILD-HARDSHIP", "困境儿童基本生活费", BenefitKind.ALLOWANCE, "按月发放，" + REGION_SETS_AMOUNT,
                    "《国务院关于加强困境儿童保障工作的意见》（国发〔2016〕36号）", CIVIL_AFFAIRS, 8,
                    "age < 18 && (\"CHILD_IN_HARDSHIP\" in tags || (\"LEFT_BEHIND_CHILD\" in tags"
                            + " && members.all(m, m.age >= 60 || m.age < 18)))"),
            new StandardBenefit("ENTITLED-PENSION", "优抚对象定期抚恤", BenefitKind.ALLOWANCE, "按季度发放，" + REGION_SETS_AMOUNT,
                    "《军人抚恤优待条例》", "区退役军人事务局", 9, "\"ENTITLED\" in tags || \"VETERAN\" in tags && age >= 60"));

    private StandardCatalogue() {
    }
}
