package org.linli.registry;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.linli.shared.IdNumber;

/**
 * Counts the ID numbers (GB 11643) consistent with what someone knows of one: an 18-character
 * pattern ({@code *} for a hidden character), the possible birth dates, and the sex (the parity of
 * the sequence's last digit), checking every candidate's check character. Stops counting at
 * {@link #ENOUGH}: beyond that the exact number does not matter.
 */
final class IdCandidates {

    static final long ENOUGH = 1_000_000;
    private static final LocalDate EARLIEST = LocalDate.of(1890, 1, 1);

    private IdCandidates() {
    }

    /** Every day on which someone born is {@code age} whole years old on {@code today}. */
    static List<LocalDate> bornAtAge(int age, LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusYears(age + 1L).minusDays(1); !d.isAfter(today.minusYears(age)); d = d.plusDays(1)) {
            if (Period.between(d, today).getYears() == age) {
                days.add(d);
            }
        }
        return days;
    }

    /** Every day from 1890 to {@code today}: nothing known of the birth date. */
    static List<LocalDate> anyDay(LocalDate today) {
        return EARLIEST.datesUntil(today.plusDays(1)).toList();
    }

    /**
     * @param pattern 18 characters, {@code *} where hidden; the region (first six) must be known,
     *                the worst case for the resident
     * @param male    null when the sex is not known
     */
    static long count(String pattern, Collection<LocalDate> birthDates, Boolean male) {
        long count = 0;
        for (LocalDate birth : birthDates) {
            String date = birth.format(DateTimeFormatter.BASIC_ISO_DATE);
            if (!matches(pattern, 6, date)) {
                continue;
            }
            for (int sequence = 0; sequence < 1000; sequence++) {
                if (male != null && (sequence % 2 == 1) != male) {
                    continue;
                }
                String seq = "%03d".formatted(sequence);
                if (!matches(pattern, 14, seq)) {
                    continue;
                }
                String first17 = pattern.substring(0, 6) + date + seq;
                char check = IdNumber.checkCharacter(first17);
                if (pattern.charAt(17) == '*' || pattern.charAt(17) == check) {
                    if (++count >= ENOUGH) {
                        return count;
                    }
                }
            }
        }
        return count;
    }

    private static boolean matches(String pattern, int from, String part) {
        for (int i = 0; i < part.length(); i++) {
            char p = pattern.charAt(from + i);
            if (p != '*' && p != part.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Two views of one number put together: a character is known if either shows it. */
    static String merge(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        StringBuilder merged = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            merged.append(a.charAt(i) != '*' ? a.charAt(i) : b.charAt(i));
        }
        return merged.toString();
    }
}
