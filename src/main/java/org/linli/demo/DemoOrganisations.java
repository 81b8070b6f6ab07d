package org.linli.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.linli.division.Division;
import org.linli.registry.CommitteeEntityForm;
import org.linli.registry.OrganisationForm;
import org.linli.registry.OrganisationKind;
import org.linli.registry.Organisations;
import org.linli.shared.CreditCode;
import org.linli.shared.DataScope;

/** Committees as legal persons and a handful of organisations per committee, with valid credit codes. */
final class DemoOrganisations {

    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String[] SHOPS = {"便民超市", "早餐店", "理发店", "药店", "水果店", "五金店", "洗衣店", "菜鸟驿站"};
    private static final String[] COMPANIES = {"商贸有限公司", "餐饮管理有限公司", "建筑装饰工程有限公司", "信息技术有限公司", "物流有限公司"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "高", "马"};
    private static final String[] GIVEN = {"建国", "秀英", "志强", "丽娟", "海燕", "文博", "晓东", "玉兰"};

    private final Random random;

    DemoOrganisations(long seed) {
        this.random = new Random(seed * 13 + 5);
    }

    void load(Organisations organisations, List<Division> committees, Map<Long, List<Division>> estatesByCommittee) {
        for (Division committee : committees) {
            String county = committee.code().substring(0, 6);
            organisations.saveEntity(committee.id(), new CommitteeEntityForm(
                    code("55" + county), person(), LocalDate.of(1985 + random.nextInt(35), 1 + random.nextInt(12), 1),
                    LocalDate.of(2021, 7, 1), LocalDate.of(2026, 6, 30), members()), DataScope.COUNTRY);
            List<Division> estates = estatesByCommittee.getOrDefault(committee.id(), List.of());
            int count = estates.isEmpty() ? 0 : 3 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                Division estate = estates.get(random.nextInt(estates.size()));
                boolean shop = random.nextDouble() < 0.6;
                String name = shop ? estate.name() + SHOPS[random.nextInt(SHOPS.length)]
                        : "呼和浩特市" + estate.name().substring(0, 2) + COMPANIES[random.nextInt(COMPANIES.length)];
                // Drawn in this order so that the generated district stays the same.
                String creditCode = shop ? "" : code("91" + county);
                String phone = "0471-" + (6000000 + random.nextInt(999999));
                String contact = person();
                organisations.save(null, new OrganisationForm(name, creditCode,
                        shop ? OrganisationKind.INDIVIDUAL_BUSINESS : OrganisationKind.ENTERPRISE, estate.code(),
                        estate.address() == null ? "" : estate.address(), contact, phone), DataScope.COUNTRY);
            }
        }
    }

    private String code(String prefix8) {
        StringBuilder code = new StringBuilder(prefix8);
        while (code.length() < 17) {
            code.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }

    private String person() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private String members() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5 + random.nextInt(3); i++) {
            text.append(i == 0 ? "" : "、").append(person());
        }
        return text.toString();
    }
}
