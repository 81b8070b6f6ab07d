package org.linli.workforce.pay;

import java.time.LocalDate;

import org.linli.workforce.Worker;

/**
 * A worker's monthly pay on a day: basic (post and grade) + seniority (full years × the amount per
 * year) + the certificate's allowance, in whole yuan.
 */
public record PayLine(Worker worker, LocalDate day, long tableId, int basic, int years, int seniority, int allowance, int total) {
}
