/** Kernel values every module uses: data scope, roles, the current user. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.linli.shared;
