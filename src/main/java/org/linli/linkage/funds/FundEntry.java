package org.linli.linkage.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.linli.linkage.funds.FundEntryForm.Direction;
import org.linli.linkage.funds.FundEntryForm.PartyKind;
import org.linli.shared.Masks;

/**
 * An entry of the ledger as recorded. A reversing entry carries the negated amount, the entry it
 * reverses and the reason; {@code reversedBy} is the entry that reverses this one, if any.
 */
public record FundEntry(long id, String committeePath, Direction direction, BigDecimal amount, LocalDate onDate, String party,
                        PartyKind partyKind, String purpose, Long projectId, String projectTitle, Long reversesId, String reason,
                        Long reversedBy, String recordedBy, OffsetDateTime recordedAt) {

    /** The donor or payee as the public page names them: a person masked (陈**), an organisation in full. */
    public String publicParty() {
        return partyKind == PartyKind.PERSON ? Masks.name(party) : party;
    }

    public boolean reversal() {
        return reversesId != null;
    }

    /** Whether a worker may still reverse it: an original entry not yet reversed. */
    public boolean reversible() {
        return reversesId == null && reversedBy == null;
    }
}
