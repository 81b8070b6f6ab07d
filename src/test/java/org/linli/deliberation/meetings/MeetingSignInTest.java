package org.linli.deliberation.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.DeliberationFixtures.ADULT;
import static org.linli.testing.DeliberationFixtures.HOME;
import static org.linli.testing.DeliberationFixtures.NEIGHBOUR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.deliberation.Representatives;
import org.linli.shared.Role;
import org.linli.testing.DeliberationFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signing in without the desk: the printed sheet lists the roll; the QR code links to a page where
 * a bound resident on the roll signs in once, on the meeting's day, while it is open, and the
 * attendance counts it as any sign-in at the hall.
 */
@LinliTest
class MeetingSignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Representatives representatives;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationContext context;

    DeliberationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DeliberationFixtures(context);
    }

    @Test
    void aBoundRepresentativeSignsInOnceByTheCodeAndIsCountedPresent() throws Exception {
        long topic = fixtures.atResolution("worker", "楼顶防水维修");
        long meeting = fixtures.convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today(), topic);
        String desk = fixtures.page("worker", "/meetings/" + meeting);
        String link = CheckInLinks.of(desk);
        assertThat(link).startsWith("http://localhost/meetings/" + meeting + "/check-in?key=");
        String path = link.substring("http://localhost".length());
        // The QR code the desk shows holds that link.
        assertThat(decode(mvc.perform(get("/meetings/{id}/check-in.png", meeting).with(as("worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray())).isEqualTo(link);

        long person = representatives.roster(fixtures.committee(HOME)).get(3).id();
        String voter = fixtures.voter(person, HOME);
        assertThat(fixtures.page(voter, path)).contains("data-testid=\"check-in\"");
        MvcResult signed = mvc.perform(post("/meetings/{id}/check-in", meeting).param("key", key(link)).with(as(voter)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(signed.getFlashMap().get("saved")).isEqualTo("签到成功");
        assertThat(fixtures.page(voter, path)).contains("data-testid=\"checked-in\"").doesNotContain("data-testid=\"check-in\"");
        assertThat(jdbc.sql("SELECT channel || ':' || recorded_by FROM ballot WHERE assembly_id = :a AND resident_id = :r")
                .param("a", meeting).param("r", person).query(String.class).single()).isEqualTo("IN_PERSON:扫码:" + voter);
        assertThat(fixtures.page("worker", "/meetings/" + meeting)).contains("data-testid=\"present\" data-count=\"1\"");
        // Once only; the desk cannot sign them in again either.
        assertThat(fixtures.refused(post("/meetings/{id}/check-in", meeting).param("key", key(link)), voter)).isEqualTo("您已签到，无需重复签到");
        assertThat(fixtures.refused(fixtures.signIn(meeting, person), "worker")).contains("已在会场签到");
        // The minutes tell a sign-in by code from one at the desk.
        // The minutes print with their header, attendance, votes and a place to sign.
        assertThat(fixtures.page("worker", "/meetings/" + meeting + "/minutes")).contains("扫码签到").contains("data-print")
                .contains("data-testid=\"minutes-signatures\"").contains("主持人签字").contains("记录人签字");
    }

    @Test
    void onlyResidentsOnTheRollOnTheDayWithTheRightKeySignIn() throws Exception {
        long topic = fixtures.atResolution("worker", "小区停车收费调整");
        long meeting = fixtures.convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today().plusDays(2), topic);
        String link = CheckInLinks.of(fixtures.page("worker", "/meetings/" + meeting));
        String key = key(link);
        long member = representatives.roster(fixtures.committee(HOME)).get(4).id();
        String voter = fixtures.voter(member, HOME);

        // Not on the meeting's day: the page says when, and the form is refused in Chinese.
        assertThat(fixtures.page(voter, "/meetings/" + meeting + "/check-in?key=" + key)).contains("扫码签到只在会议当天（"
                + clock.today().plusDays(2) + "）开放").doesNotContain("data-testid=\"check-in\"");
        assertThat(fixtures.refused(post("/meetings/{id}/check-in", meeting).param("key", key), voter))
                .isEqualTo("扫码签到只在会议当天（" + clock.today().plusDays(2) + "）开放");
        // A wrong key, a resident of another committee: not found.
        mvc.perform(get("/meetings/{id}/check-in", meeting).param("key", "0".repeat(32)).with(as(voter))).andExpect(status().isNotFound());
        long neighbour = fixtures.residents(NEIGHBOUR, ADULT, 1).getFirst();
        mvc.perform(post("/meetings/{id}/check-in", meeting).param("key", key).with(as(fixtures.voter(neighbour, NEIGHBOUR))).with(csrf()))
                .andExpect(status().isNotFound());
        // Residents only, and only once verified (实名认证); staff do not get the code's key.
        fixtures.account("unbound-resident", HOME, Role.RESIDENT);
        assertThat(fixtures.refused(post("/meetings/{id}/check-in", meeting).param("key", key), "unbound-resident"))
                .isEqualTo("请先在“我的”页面完成实名认证，再扫码签到");
        assertThat(fixtures.refused(post("/meetings/{id}/check-in", meeting).param("key", key), "worker"))
                .isEqualTo("扫码签到供居民使用；工作人员请在签到台为居民签到");
        mvc.perform(get("/meetings/{id}/check-in.png", meeting).with(as(voter))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/sheet", meeting).with(as(voter))).andExpect(status().isNotFound());
        fixtures.account("worker4", NEIGHBOUR, Role.COMMUNITY_WORKER);
        mvc.perform(get("/meetings/{id}/sheet", meeting).with(as("worker4"))).andExpect(status().isNotFound());

        // On the day, a resident who is not on the representatives' roster is refused.
        clock.advance(Duration.ofDays(2));
        long outsider = fixtures.residents(HOME, ADULT + " AND r.id NOT IN (SELECT resident_id FROM representative)"
                + " AND NOT EXISTS (SELECT 1 FROM resident_account b WHERE b.resident_id = r.id)", 1).getFirst();
        assertThat(fixtures.refused(post("/meetings/{id}/check-in", meeting).param("key", key), fixtures.voter(outsider, HOME)))
                .isEqualTo("您不在本次会议的代表名册上，不能参加本次表决");
        fixtures.ok(post("/meetings/{id}/check-in", meeting).param("key", key), voter);
        // After the meeting is cancelled, no more sign-ins.
        fixtures.ok(post("/meetings/{id}/cancel", meeting).param("reason", "主持人临时有事，会议改期"), "worker");
        long another = representatives.roster(fixtures.committee(HOME)).get(5).id();
        assertThat(fixtures.refused(post("/meetings/{id}/check-in", meeting).param("key", key), fixtures.voter(another, HOME)))
                .isEqualTo("会议已取消，不能再签到");
    }

    @Test
    void theSheetListsEveryoneOnTheRollWithRoomToSign() throws Exception {
        long topic = fixtures.atResolution("worker", "垃圾分类投放点调整");
        long meeting = fixtures.convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today(), topic);
        String sheet = fixtures.page("worker", "/meetings/" + meeting + "/sheet");
        int entitled = jdbc.sql("SELECT entitled FROM assembly WHERE id = :a").param("a", meeting).query(Integer.class).single();
        assertThat(sheet.split("data-testid=\"sheet-row\"", -1)).hasSize(entitled + 1);
        String someone = fixtures.nameOf(representatives.roster(fixtures.committee(HOME)).getFirst().id());
        assertThat(sheet).contains("签到表").contains("data-print").contains(someone).contains("签名").contains("data-testid=\"sheet-qr\"");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'PERSONAL_DATA_REVEAL' AND detail LIKE '打印会议签到表%'")
                .query(Long.class).single()).isPositive();
    }

    private static String key(String link) {
        return link.substring(link.indexOf("key=") + 4);
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    /** The sign-in link the desk shows under its QR code. */
    static final class CheckInLinks {

        static String of(String desk) {
            int at = desk.indexOf("data-testid=\"check-in-link\"");
            assertThat(at).as("the desk shows the sign-in link").isPositive();
            int start = desk.lastIndexOf("href=\"", at) + 6;
            return desk.substring(start, desk.indexOf('"', start)).replace("&amp;", "&");
        }
    }
}
