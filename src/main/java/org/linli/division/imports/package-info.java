/** Import of the national statistical division codes; other modules (the demo district) call it. */
@org.springframework.modulith.NamedInterface("imports")
package org.linli.division.imports;
