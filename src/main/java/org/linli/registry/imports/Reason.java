package org.linli.registry.imports;

/** Why a cell is wrong: a key of the registry's section of {@code messages.properties} and the values it names. */
record Reason(String key, Object... args) {
}
