package org.linli.benefits.outreach;

/**
 * One line of the outreach figures: a benefit in one child division of the user's (or, with no
 * division, the benefit's total over the scope). Residents are counted once however often found;
 * the median is of whole days from found to first informed, null when nobody was informed.
 */
public record FigureRow(long benefitId, String benefitName, String divisionCode, String divisionName, long found,
                        long informed, long applied, long enrolled, Double medianDaysToInformed) {

    public boolean total() {
        return divisionCode == null;
    }

    public String median() {
        return medianDaysToInformed == null ? "—" : (medianDaysToInformed % 1 == 0
                ? String.valueOf(medianDaysToInformed.longValue()) : String.valueOf(medianDaysToInformed));
    }
}
