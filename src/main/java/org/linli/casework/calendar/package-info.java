/**
 * The working calendar (working periods, public holidays, adjusted working weekends) and time
 * limits counted on it; other modules whose limits are in working days count them here.
 */
@org.springframework.modulith.NamedInterface("calendar")
package org.linli.casework.calendar;
