package org.linli.linkage.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One entry of the community fund's ledger: a donation in (the donor, a person or an
 * organisation) or spending out (the payee), its amount in yuan with at most two decimals, its
 * date, its purpose and its project (spending always names one).
 */
public record FundEntryForm(
        @NotNull(message = "{linkage.fund.direction.required}") Direction direction,
        @NotNull(message = "{linkage.fund.amount.required}") @DecimalMin(value = "0.01", message = "{linkage.amount.positive}")
        @Digits(integer = 10, fraction = 2, message = "{linkage.amount.digits}") BigDecimal amount,
        @NotNull(message = "{linkage.fund.date.required}") LocalDate onDate,
        @NotBlank(message = "{linkage.fund.party.required}") @Size(max = 100, message = "{linkage.fund.party.size}") String party,
        @NotNull(message = "{linkage.fund.party-kind.required}") PartyKind partyKind,
        @NotBlank(message = "{linkage.fund.purpose.required}") @Size(max = 200, message = "{linkage.fund.purpose.size}") String purpose,
        Long projectId) {

    /** Money in (捐赠收入) or out (支出). */
    public enum Direction {
        IN("捐赠收入"),
        OUT("支出");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A person's name is masked on the public page; an organisation is named. */
    public enum PartyKind {
        PERSON("个人"),
        ORGANISATION("单位");

        private final String label;

        PartyKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
