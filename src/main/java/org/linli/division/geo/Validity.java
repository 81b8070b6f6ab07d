package org.linli.division.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** JTS's validity of a polygon, its reason said in Chinese with where it is. */
final class Validity {

    private Validity() {
    }

    /** Null for a valid geometry, else what is wrong and where. */
    static String problem(Geometry geometry) {
        if (geometry.isEmpty()) {
            return "几何图形为空";
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            if (geometry.getDimension() == 2 && geometry.getArea() == 0) {
                return "多边形面积为零";
            }
            return null;
        }
        Coordinate at = error.getCoordinate();
        return "多边形无效：" + reason(error.getErrorType())
                + (at == null ? "" : "（约在经度 %.6f，纬度 %.6f）".formatted(at.x, at.y));
    }

    static String reason(int type) {
        return switch (type) {
            case TopologyValidationError.REPEATED_POINT -> "有重复的点";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "内环（洞）在外环之外";
            case TopologyValidationError.NESTED_HOLES -> "内环（洞）相互嵌套";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "内环把多边形分成了不相连的几块";
            case TopologyValidationError.SELF_INTERSECTION -> "边界自相交";
            case TopologyValidationError.RING_SELF_INTERSECTION -> "环自相交";
            case TopologyValidationError.NESTED_SHELLS -> "多边形集合的各部分相互嵌套";
            case TopologyValidationError.DUPLICATE_RINGS -> "有重复的环";
            case TopologyValidationError.TOO_FEW_POINTS -> "点数太少";
            case TopologyValidationError.INVALID_COORDINATE -> "坐标无效";
            case TopologyValidationError.RING_NOT_CLOSED -> "环未闭合";
            default -> "拓扑错误";
        };
    }
}
