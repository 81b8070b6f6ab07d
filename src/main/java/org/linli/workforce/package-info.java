/**
 * Community workers (社区工作者): the staff register of each committee and street, tied to the
 * accounts they sign in with; post and grade (三岗十八级) and the pay computed from the region's pay
 * table (basic by post and grade, seniority per year, allowance by certificate), the grade change a
 * new degree or certificate brings, the month's pay sheet; training attended and due by post; each
 * worker's growth record; and staffing against the region's households-per-worker rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce",
        allowedDependencies = {"division", "access", "audit", "rules"})
package org.linli.workforce;
