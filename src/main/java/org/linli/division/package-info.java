/**
 * Divisions (行政区划): the tree from the country to buildings with materialised paths, places staff create below committees, the import of the national statistical codes, and the sizing rules committees are measured against.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Division", allowedDependencies = {"audit"})
package org.linli.division;
