package org.linli.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.linli.access.Accounts.NewAccount;
import org.linli.division.Division;
import org.linli.shared.Role;

/** Generated grid workers: most grids have one, some none yet (the home pages flag those). */
final class DemoStaff {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String[] GIVEN = {"建华", "秀英", "丽", "强", "敏", "静", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
            "明", "超", "秀兰", "霞", "平", "刚", "桂英", "红梅", "志刚", "海燕", "晓东", "玉兰", "春生", "文博", "雅琴", "国庆"};

    private final Random random;

    DemoStaff(long seed) {
        this.random = new Random(seed * 31 + 7);
    }

    List<NewAccount> gridWorkers(List<Division> grids, String skipGridCode) {
        List<NewAccount> accounts = new ArrayList<>();
        for (Division grid : grids) {
            if (grid.code().equals(skipGridCode) || random.nextDouble() >= 0.8) {
                continue;
            }
            String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
            accounts.add(new NewAccount("g" + grid.code(), name, Role.GRID_WORKER, grid));
        }
        return accounts;
    }
}
