package org.linli.division.web;

import java.util.Map;

import org.linli.division.TileSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page that draws a map reads the configured tile source ({@code linli.map.tiles}: none,
 * tianditu, amap, tencent or osm; {@code linli.map.key} for 天地图) through {@code mapConfig}.
 */
@ControllerAdvice(annotations = Controller.class)
class MapModelAdvice {

    private final Map<String, Object> config;

    MapModelAdvice(@Value("${linli.map.tiles:none}") String tiles, @Value("${linli.map.key:}") String key) {
        this.config = TileSource.of(tiles).forPage(key);
    }

    @ModelAttribute("mapConfig")
    Map<String, Object> mapConfig() {
        return config;
    }
}
