/**
 * The registry (一标三实): dwellings, households, residents with their tags, organisations and committees as legal persons; personal data sealed in the vault and shown masked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry", allowedDependencies = {"division", "audit"})
package org.linli.registry;
