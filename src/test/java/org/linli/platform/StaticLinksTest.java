package org.linli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Issue #12, item 11: links to pages cost no class-path search, links to WebJars stay versioned.
 */
@LinliTest
class StaticLinksTest {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void webJarLinksAreStillVersionedAndPageLinksUntouched() throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).containsPattern("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+[^\"]*/css/bootstrap.min.css")
                .contains("href=\"/css/linli.css\"").contains("action=\"/login\"");
        String css = page.replaceAll("(?s).*href=\"(/webjars/bootstrap/[^\"]+)\".*", "$1");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + css)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyThisFilterEncodesResourceUrls() {
        long encoders = context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                .filter(r -> r.getFilter() instanceof ResourceUrlEncodingFilter).count()
                + context.getBeansOfType(ResourceUrlEncodingFilter.class).size();
        assertThat(encoders).isOne();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .anyMatch(r -> r.getFilter() instanceof StaticLinks);
    }

    @Test
    void aRouteIsLookedUpOnceAndThenNeverAgain() {
        List<String> asked = new ArrayList<>();
        DefaultResourceLoader loader = new DefaultResourceLoader() {
            @Override
            public Resource getResource(String location) {
                asked.add(location);
                return super.getResource(location);
            }
        };
        StaticLinks links = new StaticLinks(loader, List.of("classpath:/static/", "classpath:/public"));
        for (int i = 0; i < 100; i++) {
            assertThat(links.isStatic("", "/consultations/" + i + "?page=2")).isFalse();
        }
        assertThat(asked).containsExactly("classpath:/static/consultations", "classpath:/public/consultations");
        assertThat(links.isStatic("", "/css/linli.css")).isTrue();
        assertThat(links.isStatic("", "/favicon.ico")).isTrue();
        assertThat(links.isStatic("", "/webjars/htmx.org/dist/htmx.min.js")).isTrue();
        assertThat(links.isStatic("/app", "/css/linli.css")).isFalse();
        assertThat(links.isStatic("/app", "/app/css/linli.css")).isTrue();
        assertThat(links.isStatic("", "https://example.org/css/x.css")).isFalse();
    }
}
