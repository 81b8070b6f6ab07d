package org.linli.shared.measures;

/**
 * One figure a report may ask of a committee, defined once for every department (一套表): the
 * residents aged 60 and over, the households on 低保, the cases of a category opened in the period…
 *
 * @param code  stable code fields refer to ({@code registry.aged-60})
 * @param label the name shown on forms ({@code 60周岁及以上老年人})
 * @param unit  the unit shown beside the value ({@code 人}, {@code 户}, {@code 件})
 * @param group the seeds' grouping of ledgers: 人, 事, 单位 (people, events, units)
 * @param flow  true when counted over the report's period (cases opened), false when counted on its last day (residents)
 */
public record Measure(String code, String label, String unit, String group, boolean flow) {
}
