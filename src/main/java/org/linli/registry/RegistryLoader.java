package org.linli.registry;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;

import org.linli.registry.internal.HouseholdCounts;
import org.linli.registry.internal.LoaderStore;
import org.linli.registry.internal.Vault;
import org.linli.shared.IdNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk loading of dwellings with their households and residents (generated demo data, and later
 * imports): every ID number validated, identifiers encrypted and hashed, rows streamed with COPY.
 * Afterwards each committee's household count is published for the sizing rules. A bulk load is
 * not an enrolment of each person: it publishes no {@link ResidentChanged}.
 */
@Service
public class RegistryLoader {

    private static final HexFormat HEX = HexFormat.of();

    private final LoaderStore store;
    private final Vault vault;
    private final HouseholdCounts counts;

    RegistryLoader(LoaderStore store, Vault vault, HouseholdCounts counts) {
        this.store = store;
        this.vault = vault;
        this.counts = counts;
    }

    public record NewResident(String name, IdNumber idNumber, String phone, String ethnicity,
                              Registration registration, Relation relation) {
    }

    /** A dwelling at a standard address; an empty household list means nobody lives there. */
    public record NewDwelling(long buildingId, String buildingPath, String road, String houseNumber, int entrance,
                              String room, String address, DwellingUse use, BigDecimal floorAreaM2, Tenure tenure,
                              List<NewResident> household) {
    }

    /** Loads the dwellings, a household in each one lived in; returns how many residents were loaded. */
    @Transactional
    public long load(List<NewDwelling> dwellings) {
        long dwellingId = store.reserve("dwelling_id_seq", dwellings.size());
        long householdId = store.reserve("household_id_seq", dwellings.stream().filter(d -> !d.household().isEmpty()).count());
        long residents = dwellings.stream().mapToLong(d -> d.household().size()).sum();
        long residentId = store.reserve("resident_id_seq", residents);
        StringBuilder dwellingRows = new StringBuilder();
        StringBuilder householdRows = new StringBuilder();
        StringBuilder residentRows = new StringBuilder();
        for (NewDwelling d : dwellings) {
            long thisDwelling = dwellingId++;
            dwellingRow(dwellingRows, thisDwelling, d);
            if (d.household().isEmpty()) {
                continue;
            }
            long thisHousehold = householdId++;
            householdRows.append(thisHousehold).append(',').append(thisDwelling).append(',').append(d.buildingPath()).append('\n');
            for (NewResident r : d.household()) {
                residentRow(residentRows, residentId++, thisHousehold, d.buildingPath(), r);
            }
        }
        store.copyDwellings(dwellingRows);
        store.copyHouseholds(householdRows);
        store.copyResidents(residentRows);
        return residents;
    }

    /**
     * Households per committee, counted from the registry, are published for the committees'
     * sizing figures; statistics are refreshed too. Callers run it once after loading, not per batch.
     */
    @Transactional
    public void feedSizing() {
        store.analyze();
        counts.recountAll();
    }

    private static void dwellingRow(StringBuilder rows, long id, NewDwelling d) {
        rows.append(id).append(',').append(d.buildingId()).append(',').append(d.buildingPath())
                .append(',').append(quote(d.road())).append(',').append(quote(d.houseNumber())).append(',')
                .append(d.entrance()).append(',').append(quote(d.room())).append(',').append(quote(d.address()))
                .append(',').append(d.use().name()).append(',')
                .append(d.floorAreaM2() == null ? "" : d.floorAreaM2().toPlainString()).append(',')
                .append(d.tenure().name()).append('\n');
    }

    private void residentRow(StringBuilder rows, long id, long household, String path, NewResident r) {
        IdNumber number = r.idNumber();
        rows.append(id).append(',').append(household).append(',').append(path)
                .append(',').append(quote(r.name())).append(',')
                .append("\\x").append(HEX.formatHex(vault.encrypt(number.value()))).append(',')
                .append("\\x").append(HEX.formatHex(vault.hash(number.value()))).append(',')
                .append("\\x").append(HEX.formatHex(vault.hashIdRegion(number.region()))).append(',')
                .append("\\x").append(HEX.formatHex(vault.hashIdLast4(number.lastFour()))).append(',')
                .append(number.birthDate()).append(',').append(number.sex().name()).append(',');
        if (r.phone() != null) {
            rows.append("\\x").append(HEX.formatHex(vault.encrypt(r.phone()))).append(',')
                    .append("\\x").append(HEX.formatHex(vault.hash(r.phone()))).append(',')
                    .append(r.phone(), 0, 3).append(',').append(r.phone(), 7, 11).append(',');
        } else {
            rows.append(",,,,");
        }
        rows.append(quote(r.ethnicity())).append(',').append(r.registration().name()).append(',')
                .append(r.relation().name()).append('\n');
    }

    private static String quote(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
