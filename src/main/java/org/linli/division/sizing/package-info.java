/** Sizing rules (domain.md §2) and committees measured against them; other modules record profiles here. */
@org.springframework.modulith.NamedInterface("sizing")
package org.linli.division.sizing;
