package org.linli.casework.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.casework.internal.Photo;
import org.linli.testing.CaseworkFixtures;

/**
 * media_url is fetched only from public addresses, without redirects, within size, type and time
 * limits. The server these tests fetch from is on loopback, which the real rule refuses; so the
 * fetches that must succeed use a fetcher whose address rule allows loopback, and every other
 * limit is the real one.
 */
class MediaFetcherTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/photo.png", x -> answer(x, 200, "image/png", CaseworkFixtures.PNG));
        server.createContext("/page.html", x -> answer(x, 200, "image/png", "<html>not a photo</html>".getBytes()));
        server.createContext("/huge.png", x -> {
            byte[] huge = new byte[Photo.MAX_BYTES + 10];
            System.arraycopy(CaseworkFixtures.PNG, 0, huge, 0, CaseworkFixtures.PNG.length);
            answer(x, 200, "image/png", huge);
        });
        server.createContext("/moved", x -> {
            x.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            answer(x, 302, "text/plain", new byte[0]);
        });
        server.createContext("/slow.png", x -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(x, 200, "image/png", CaseworkFixtures.PNG);
        });
        server.createContext("/dribble.png", x -> {
            x.sendResponseHeaders(200, 1000);
            OutputStream out = x.getResponseBody();
            out.write(CaseworkFixtures.PNG, 0, 8);
            out.flush();
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private MediaFetcher allowingLoopback() {
        return new MediaFetcher(a -> a.isLoopbackAddress() || MediaFetcher.isPublic(a), Duration.ofSeconds(2), Duration.ofMillis(1500));
    }

    @Test
    void thePublicRuleRefusesLoopbackPrivateLinkLocalAndReservedAddresses() throws Exception {
        for (String inside : new String[] {"127.0.0.1", "127.8.8.8", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"}) {
            assertThat(MediaFetcher.isPublic(InetAddress.getByName(inside))).as(inside).isFalse();
        }
        for (String outside : new String[] {"8.8.8.8", "114.114.114.114", "2001:4860:4860::8888"}) {
            assertThat(MediaFetcher.isPublic(InetAddress.getByName(outside))).as(outside).isTrue();
        }
    }

    @Test
    void theRealFetcherRefusesLoopbackPrivateAddressesAndOtherSchemes() {
        MediaFetcher real = new MediaFetcher();
        assertThatThrownBy(() -> real.fetch(base + "/photo.png")).isInstanceOf(MediaFetcher.Refused.class)
                .hasMessageStartingWith("media_url：").hasMessageContaining("private, loopback");
        assertThatThrownBy(() -> real.fetch("http://localhost:" + server.getAddress().getPort() + "/photo.png"))
                .hasMessageContaining("private, loopback");
        assertThatThrownBy(() -> real.fetch("http://10.0.0.1/photo.png")).hasMessageContaining("private, loopback");
        assertThatThrownBy(() -> real.fetch("http://[::1]/photo.png")).hasMessageContaining("private, loopback");
        assertThatThrownBy(() -> real.fetch("file:///etc/passwd")).hasMessageContaining("http or https");
        assertThatThrownBy(() -> real.fetch("ftp://example.com/a.png")).hasMessageContaining("http or https");
        assertThatThrownBy(() -> real.fetch("http://user:pw@example.com/a.png")).hasMessageContaining("not a valid URL");
    }

    @Test
    void aPhotoIsFetchedAndJudgedByItsContent() {
        Photo photo = allowingLoopback().fetch(base + "/photo.png");
        assertThat(photo.sniffedType()).isEqualTo("image/png");
        assertThat(photo.filename()).isEqualTo("photo.png");
        assertThatThrownBy(() -> allowingLoopback().fetch(base + "/page.html")).hasMessageContaining("JPEG, PNG or WebP");
    }

    @Test
    void redirectsAreNotFollowedAndSizeAndTimeAreLimited() {
        assertThatThrownBy(() -> allowingLoopback().fetch(base + "/moved")).hasMessageContaining("redirects are not followed");
        assertThatThrownBy(() -> allowingLoopback().fetch(base + "/huge.png")).hasMessageContaining("at most 5 MB");
        assertThatThrownBy(() -> allowingLoopback().fetch(base + "/missing.png")).hasMessageContaining("HTTP 404");
        assertThatThrownBy(() -> allowingLoopback().fetch(base + "/slow.png")).hasMessageContaining("timed out");
        // Headers at once, then the body a trickle: the read limit covers the body too.
        assertThatThrownBy(() -> allowingLoopback().fetch(base + "/dribble.png")).hasMessageContaining("timed out");
    }
}
