package org.linli.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.Events;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #12: the consultation page does not grow with its comments (paged, filtered, answered in
 * place), an open draft is readable without an account at a shareable address with a QR code,
 * and the commenter is told when answered.
 */
@LinliTest
class ConsultationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    EventPublicationRegistry registry;

    @Test
    void anOpenDraftIsPublicWithALinkAndAQrCodeAndNamesMasked() throws Exception {
        long id = draft("小区垃圾分类投放点调整（征求意见稿）", 3);
        String page = mvc.perform(get("/public/consultations/{id}", id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("小区垃圾分类投放点调整（征求意见稿）").contains("陈**").doesNotContain("陈阿姨")
                .contains("http://localhost/public/consultations/" + id).contains("/public/consultations/" + id + "/qr.svg")
                .doesNotContain("name=\"body\"");
        String svg = mvc.perform(get("/public/consultations/{id}/qr.svg", id)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("image/svg+xml"))
                .andReturn().getResponse().getContentAsString();
        assertThat(decode(svg)).isEqualTo("http://localhost/public/consultations/" + id);
        // Commenting still needs an account: the draft's own page asks to sign in.
        mvc.perform(get("/consultations/{id}", id)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/consultations/{id}/comments", id).param("paragraph", "1").param("body", "匿名意见").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(as("worker"), "/consultations/" + id)).contains("data-testid=\"share-url\"");

        // Closed for answers it is not public; once reported, the address shows the report.
        pastDeadline(id);
        mvc.perform(get("/public/consultations/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/public/consultations/{id}/qr.svg", id)).andExpect(status().isNotFound());
        mvc.perform(get("/public/consultations/{id}", 999_999)).andExpect(status().isNotFound());
    }

    @Test
    void theWorkersPageShowsOnePageOfCommentsAndAnswersInPlace() throws Exception {
        long id = draft("小区电动自行车充电管理办法（征求意见稿）", 45);
        pastDeadline(id);
        String first = page(as("worker"), "/consultations/" + id);
        assertThat(count(first, "data-testid=\"comment\"")).isEqualTo(20);
        assertThat(first).contains("data-total=\"45\"").contains("第 1 / 3 页").doesNotContain("data-testid=\"answer-form\"");
        assertThat(count(page(as("worker"), "/consultations/" + id + "?shown=ALL&page=2"), "data-testid=\"comment\"")).isEqualTo(5);
        assertThat(page(as("worker"), "/consultations/" + id + "?paragraph=2")).contains("data-total=\"15\"");

        long k = jdbc.sql("SELECT min(id) FROM consultation_comment WHERE consultation_id = :c AND paragraph = 2").param("c", id)
                .query(Long.class).single();
        // The form opens on demand (htmx: the comment alone); a refusal comes back in its place with what was typed.
        String form = mvc.perform(get("/consultations/{id}/comments/{k}", id, k).header("HX-Request", "true").with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("data-testid=\"answer-form\"").doesNotContain("<html");
        String refused = mvc.perform(post("/consultations/{id}/comments/{k}/answer", id, k).header("HX-Request", "true")
                        .param("answer", "ADOPTED").param("reason", "好").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请填写“采纳”的理由").contains("value=\"好\"").doesNotContain("<html");
        String answered = mvc.perform(post("/consultations/{id}/comments/{k}/answer", id, k).header("HX-Request", "true")
                        .param("answer", "ADOPTED").param("reason", "采纳，在 2 号楼旁增设充电棚").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answered).contains("data-answer=\"ADOPTED\"").contains("增设充电棚").doesNotContain("answer-form");

        assertThat(page(as("worker"), "/consultations/" + id + "?shown=ANSWERED")).contains("data-total=\"1\"").contains("增设充电棚");
        assertThat(page(as("worker"), "/consultations/" + id + "?shown=UNANSWERED")).contains("data-total=\"44\"")
                .doesNotContain("增设充电棚").contains("已答复 1 条").contains("未答复 44 条");

        // The commenter is told once, with a link to the answer they may read before the report.
        Events.settle(registry);
        String notices = page(as("resident"), "/notices");
        assertThat(notices).contains("您对《小区电动自行车充电管理办法（征求意见稿）》第 2 段的意见已答复：采纳")
                .contains("data-link=\"/consultations/" + id + "/comments/" + k + "\"");
        assertThat(page(as("resident"), "/consultations/" + id + "/comments/" + k)).contains("data-answer=\"ADOPTED\"")
                .contains("增设充电棚");
        // Residents' view is paged too.
        assertThat(count(page(as("resident"), "/consultations/" + id), "data-testid=\"comment\"")).isEqualTo(20);
    }

    @Test
    void theExportStreamsEveryComment() throws Exception {
        long id = draft("小区公共收益使用方案（征求意见稿）", 45);
        pastDeadline(id);
        byte[] xlsx = mvc.perform(get("/consultations/{id}/comments.xlsx", id).with(as("worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(46);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("共 45 条");
            assertThat(sheet.getRow(46).getCell(1).getNumericCellValue()).isEqualTo(3);
        }
    }

    /** A draft of the demo worker's committee with {@code comments} comments by the demo resident, round the three paragraphs. */
    private long draft(String title, int comments) throws Exception {
        String location = mvc.perform(post("/consultations").param("division", "150104001002").param("title", title)
                        .param("body", org.linli.testing.ConsultationFixtures.BODY)
                        .param("deadline", java.time.LocalDateTime.now(clock).plusDays(7).withSecond(0).withNano(0).toString())
                        .with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0; i < comments; i++) {
            mvc.perform(post("/consultations/{id}/comments", id).param("paragraph", String.valueOf(1 + i % 3))
                    .param("body", "第 " + i + " 条意见").with(as("resident")).with(csrf())).andExpect(status().is3xxRedirection());
        }
        return id;
    }

    private void pastDeadline(long id) {
        clock.setTo(jdbc.sql("SELECT deadline FROM consultation WHERE id = :c").param("c", id).query(OffsetDateTime.class)
                .single().plusMinutes(1).toInstant());
    }

    private String page(org.springframework.test.web.servlet.request.RequestPostProcessor who, String path) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int count(String page, String marker) {
        return page.split(Pattern.quote(marker), -1).length - 1;
    }

    /** Reads the SVG's unit squares back into pixels (four per module) and decodes them as a phone would. */
    private static String decode(String svg) throws Exception {
        Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(size.find()).isTrue();
        int w = Integer.parseInt(size.group(1));
        int h = Integer.parseInt(size.group(2));
        int scale = 4;
        int[] pixels = new int[w * h * scale * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * w * scale + x * scale + dx] = 0;
                }
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w * scale, h * scale, pixels))))
                .getText();
    }
}
