package org.linli.registry.rules;

import java.util.Map;

/** The tags a rule's author may name, by code, and whether they may see sensitive ones. */
record Catalogue(Map<String, TagInfo> tags, boolean maySeeSensitive) {
}
