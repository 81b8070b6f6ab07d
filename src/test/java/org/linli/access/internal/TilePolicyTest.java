package org.linli.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The configured map tiles are the one outside source of images a page may load (issue #13). */
class TilePolicyTest {

    @Test
    void withoutTilesThePolicyAllowsOnlyLinlisOwnImages() {
        assertThat(SecurityConfig.withTiles("none")).isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfig.withTiles("")).isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY);
    }

    @Test
    void eachTileSourceAddsItsHostsToImagesOnly() {
        assertThat(SecurityConfig.withTiles("tianditu")).contains("img-src 'self' data: blob: https://*.tianditu.gov.cn;")
                .contains("script-src 'self';");
        assertThat(SecurityConfig.withTiles("AMAP")).contains("img-src 'self' data: blob: https://*.is.autonavi.com;");
        assertThat(SecurityConfig.withTiles("tencent")).contains("img-src 'self' data: blob: https://*.map.gtimg.com;");
        assertThat(SecurityConfig.withTiles("osm")).contains("img-src 'self' data: blob: https://tile.openstreetmap.org;");
    }
}
