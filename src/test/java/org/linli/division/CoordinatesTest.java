package org.linli.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * WGS-84 ⇄ GCJ-02 against published pairs. The pairs are the test data of googollee/eviltransform
 * ({@code go/transform_test.go} and {@code javascript/test.js}: Shanghai, Shenzhen, Beijing), which
 * compares the forward conversion to five and six decimals; we hold it to 1e-6° (about 0.1 m).
 */
class CoordinatesTest {

    /** wgsLat, wgsLng, gcjLat, gcjLng, as published by googollee/eviltransform. */
    static final List<double[]> PUBLISHED = List.of(
            new double[] {31.1774276, 121.5272106, 31.17530398364597, 121.531541859215},   // Shanghai
            new double[] {22.543847, 113.912316, 22.540796131694766, 113.9171764808363},   // Shenzhen
            new double[] {39.911954, 116.377817, 39.91334545536069, 116.38404722455657}); // Beijing

    @Test
    void theForwardConversionGivesThePublishedPairs() {
        for (double[] pair : PUBLISHED) {
            LatLon gcj = Coordinates.toGcj(new LatLon(pair[0], pair[1]));
            assertThat(gcj.lat()).isCloseTo(pair[2], within(1e-6));
            assertThat(gcj.lon()).isCloseTo(pair[3], within(1e-6));
        }
    }

    @Test
    void theInverseFindsThePublishedWgsPointWithinACentimetre() {
        for (double[] pair : PUBLISHED) {
            LatLon wgs = Coordinates.fromGcj(new LatLon(pair[2], pair[3]));
            assertThat(wgs.metresTo(new LatLon(pair[0], pair[1]))).isLessThan(0.01);
        }
    }

    @Test
    void aRoundTripAnywhereInChinaComesBackWithinACentimetre() {
        Random random = new Random(13);
        for (int i = 0; i < 10_000; i++) {
            LatLon wgs = new LatLon(18 + random.nextDouble() * 35, 74 + random.nextDouble() * 60);
            LatLon gcj = Coordinates.toGcj(wgs);
            assertThat(gcj.metresTo(wgs)).as("the offset is real").isGreaterThan(1);
            assertThat(Coordinates.fromGcj(gcj).metresTo(wgs)).isLessThan(0.01);
        }
    }

    @Test
    void outsideChinaNothingMoves() {
        for (LatLon p : List.of(new LatLon(48.8566, 2.3522), new LatLon(35.6762, 139.6503), new LatLon(-33.87, 151.21),
                new LatLon(1.35, 103.82))) {
            assertThat(Coordinates.toGcj(p)).isEqualTo(p);
            assertThat(Coordinates.fromGcj(p)).isEqualTo(p);
        }
    }
}
