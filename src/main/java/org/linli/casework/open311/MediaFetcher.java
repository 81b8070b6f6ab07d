package org.linli.casework.open311;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.linli.casework.internal.Photo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fetches the photo a client's {@code media_url} points at, so that the case keeps it like any
 * uploaded photo. Linli must not become a way into the networks behind it: only http and https,
 * every address the host resolves to must be public (no loopback, private, link-local,
 * carrier-grade NAT, multicast or unspecified address), redirects are not followed (a public host
 * could redirect to an inside one), connecting and reading have time limits, and what comes back
 * must be a JPEG, PNG or WebP of at most {@link Photo#MAX_BYTES}, judged by its first bytes.
 *
 * <p>The host is resolved here and again by the HTTP client; a name whose answers change between
 * the two (DNS rebinding) is the remaining gap, narrowed by the short time between them.
 */
@Component
class MediaFetcher {

    /** Which addresses may be fetched from; tests put a wider one in to reach their own server on loopback. */
    interface AddressPolicy {

        boolean allows(InetAddress address);

        /** Addresses on the public internet only. */
        AddressPolicy PUBLIC = MediaFetcher::isPublic;
    }

    /** Why a media_url was refused, in Chinese then English, as Open311's error names it. */
    static final class Refused extends RuntimeException {

        Refused(String chinese, String english) {
            super("media_url：" + chinese + " / media_url " + english);
        }
    }

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient client;
    private final Duration readTimeout;
    private AddressPolicy addresses;

    @Autowired
    MediaFetcher() {
        this(AddressPolicy.PUBLIC, CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    MediaFetcher(AddressPolicy addresses, Duration connectTimeout, Duration readTimeout) {
        this.addresses = addresses;
        this.readTimeout = readTimeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout).build();
    }

    /** The photo at the URL, or {@link Refused} saying why not. */
    Photo fetch(String url) {
        URI uri = checked(url);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout)
                .header("Accept", "image/jpeg, image/png, image/webp").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 == 3) {
                    throw new Refused("不跟随重定向，请给出照片本身的地址", "must point at the photo itself: redirects are not followed");
                }
                if (response.statusCode() != 200) {
                    throw new Refused("无法取得照片（HTTP " + response.statusCode() + "）", "could not be fetched: HTTP " + response.statusCode());
                }
                byte[] data = readWithin(body);
                if (data.length > Photo.MAX_BYTES) {
                    throw new Refused("照片不能超过 5 MB", "must be at most 5 MB");
                }
                Photo photo = new Photo(filename(uri), data);
                if (photo.sniffedType() == null) {
                    throw new Refused("不是 JPG、PNG 或 WebP 格式的照片", "must be a JPEG, PNG or WebP image");
                }
                return photo;
            }
        } catch (HttpTimeoutException e) {
            throw new Refused("取照片超时", "timed out");
        } catch (IOException e) {
            throw new Refused("无法取得照片", "could not be fetched");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("无法取得照片", "could not be fetched");
        }
    }

    /** The body, at most one byte over the limit, read within the read time limit (the request's limit ends at the headers). */
    private byte[] readWithin(InputStream body) throws IOException, InterruptedException {
        FutureTask<byte[]> read = new FutureTask<>(() -> body.readNBytes(Photo.MAX_BYTES + 1));
        Thread.ofVirtual().start(read);
        try {
            return read.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            read.cancel(true);
            throw new HttpTimeoutException("body not read in time");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** An absolute http(s) URL without credentials whose host resolves to allowed addresses only. */
    private URI checked(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("不是有效的网址", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("只接受 http 或 https 网址", "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new Refused("不是有效的网址", "is not a valid URL");
        }
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new Refused("找不到主机 " + uri.getHost(), "host " + uri.getHost() + " is unknown");
        }
        for (InetAddress a : all) {
            if (!addresses.allows(a)) {
                throw new Refused("不能指向内网、本机或保留地址", "must not point at a private, loopback or reserved address");
            }
        }
        return uri;
    }

    private static String filename(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        name = name.isBlank() ? "media" : name;
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    /** True only for addresses on the public internet. */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            if (isMappedV4(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 // "this network"
                && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT 100.64/10
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                && first < 240; // reserved and broadcast
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
