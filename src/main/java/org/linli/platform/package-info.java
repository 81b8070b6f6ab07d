/**
 * What every page and request needs and no module owns: the embedded database, scheduling, error pages and the attributes common to all pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.linli.platform;
