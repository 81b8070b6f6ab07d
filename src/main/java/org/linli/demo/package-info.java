/**
 * The demo district (Yuquan, Hohhot) loaded on first start: divisions, places, about 600,000 residents, staff accounts, cases, a consultation and a representatives roster.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo", allowedDependencies = {"division", "division::imports", "division::sizing", "access", "registry", "casework", "deliberation", "consultation", "benefits", "gridwork", "workitems", "workitems::lists", "reports", "services", "volunteers", "linkage", "conventions", "workforce", "emergency"})
package org.linli.demo;
