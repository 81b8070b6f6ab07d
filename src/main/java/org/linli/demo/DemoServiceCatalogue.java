package org.linli.demo;

import java.util.HashMap;
import java.util.Map;

import org.linli.division.Division;
import org.linli.services.ServicesLoader;
import org.linli.shared.CurrentUser;

/** The demo committees' service catalogues: the whole one of 五塔北街社区, and a shorter one for the others. */
final class DemoServiceCatalogue {

    private static final String OFFICE_HOURS = "周一至周五 9:00–12:00，14:30–17:30";
    private static final Map<String, String> PLACES = Map.of("SERVICE_CENTRE", "社区党群服务中心一楼便民服务大厅", "CLINIC", "社区卫生服务站",
            "CANTEEN", "社区老年食堂", "DAY_CARE", "日间照料中心", "CONVENIENCE", "便民服务点");
    private static final String ID_AND_BOOK = "居民身份证原件及复印件\n户口簿原件及复印件";

    private final ServicesLoader loader;
    private final Division committee;
    private final CurrentUser keeper;
    private final Map<String, Long> facilities;
    private final Map<String, Long> ids = new HashMap<>();

    DemoServiceCatalogue(ServicesLoader loader, Division committee, CurrentUser keeper, Map<String, Long> facilities) {
        this.loader = loader;
        this.committee = committee;
        this.keeper = keeper;
        this.facilities = facilities;
    }

    /** The whole catalogue; returns the services' ids by title. */
    Map<String, Long> full() {
        add("高龄津贴申领", "养老", "社区民政专干", "SERVICE_CENTRE", OFFICE_HOURS,
                ID_AND_BOOK + "\n本人社会保障卡或银行卡", true, 10);
        add("老年人优待证办理", "养老", "社区民政专干", "SERVICE_CENTRE", OFFICE_HOURS, "居民身份证\n近期一寸免冠照片1张", true, 5);
        add("城乡居民医保参保登记", "医保", "社区医保服务窗口", "SERVICE_CENTRE", OFFICE_HOURS, ID_AND_BOOK, true, null);
        add("残疾人证申领", "助残", "社区残疾人专职委员", "SERVICE_CENTRE", OFFICE_HOURS,
                ID_AND_BOOK + "\n近期二寸免冠照片4张", true, 15);
        add("临时救助申请", "民政", "社区民政专干", "SERVICE_CENTRE", OFFICE_HOURS, ID_AND_BOOK + "\n困难情况说明及证明材料", true, 10);
        add("就业失业登记", "就业", "社区劳动保障服务站", "SERVICE_CENTRE", OFFICE_HOURS, "居民身份证\n社会保障卡", true, null);
        add("家庭医生签约", "医疗", "社区卫生服务站", "CLINIC", "每日 8:00–20:00", "居民身份证\n医保卡", true, 3);
        add("老年人助餐", "养老", "社区老年食堂", "CANTEEN", "每日 11:00–13:00，17:00–18:30", "居民身份证（首次办理就餐卡）", false, null);
        add("日间照料", "养老", "日间照料中心", "DAY_CARE", "周一至周六 8:30–17:30", "居民身份证\n近期体检报告", false, null);
        add("便民维修与理发", "便民", "便民服务点志愿者", "CONVENIENCE", "每月第一个周六 9:00–11:30", null, false, null);
        return ids;
    }

    /** A shorter catalogue for the neighbouring committees. */
    Map<String, Long> short_() {
        add("高龄津贴申领", "养老", "社区民政专干", "SERVICE_CENTRE", OFFICE_HOURS, ID_AND_BOOK, true, 10);
        add("城乡居民医保参保登记", "医保", "社区医保服务窗口", "SERVICE_CENTRE", OFFICE_HOURS, ID_AND_BOOK, true, null);
        add("老年人助餐", "养老", "社区老年食堂", "CANTEEN", "每日 11:00–13:00", "居民身份证", false, null);
        add("家庭医生签约", "医疗", "社区卫生服务站", "CLINIC", "每日 8:00–18:00", "居民身份证\n医保卡", true, 3);
        return ids;
    }

    private void add(String title, String category, String provider, String kind, String hours, String documents, boolean errand,
                     Integer days) {
        Long facility = facilities.get(kind);
        String place = facility == null ? committee.name().replace("居委会", "") + "办公室" : PLACES.get(kind);
        ids.put(title, loader.service(committee, keeper, title, category, provider, facility, place, hours, documents, errand, days));
    }
}
