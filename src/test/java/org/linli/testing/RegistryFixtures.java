package org.linli.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.PlaceForm;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.registry.imports.NewResident;
import org.linli.registry.internal.Vault;
import org.linli.shared.DataScope;
import org.linli.shared.IdNumber;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test data of the registry: valid ID numbers, the people of the demo district as tests find them,
 * a building of one's own for a module test, and what the enrolment form is sent.
 */
public final class RegistryFixtures {

    /** Beijing's Chaoyang district: a region the demo data never uses, so made-up people never collide with it. */
    public static final String CHAOYANG = "110105";

    /** The demo worker's committee (五塔北街社区居委会) and one of the same street the worker may not see. */
    public static final String OWN_COMMITTEE = "/15/1501/150104/150104001/150104001002/";
    public static final String OTHER_COMMITTEE = "/15/1501/150104/150104001/150104001004/";
    /** The code {@link #building} gives its building: the first building of the first estate of the first grid. */
    public static final String BUILDING = "150104001002001001001";

    /** The demo grid worker's grid. */
    public static final String OWN_GRID = OWN_COMMITTEE + "150104001002001/";

    private RegistryFixtures() {
    }

    /** A valid ID number (GB 11643, check character included) of someone born on {@code birth}; odd sequences are men. */
    public static String idNumber(LocalDate birth, int sequence) {
        String first17 = CHAOYANG + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheck(String idNumber) {
        return idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0');
    }

    /** A demo resident as tests see them, with the whole ID number opened from the vault. */
    public record Person(long id, long household, String name, String idNumber) {
    }

    /** A resident living below {@code path} (the fourth by id, so as not to be the first a page lists). */
    public static Person person(JdbcClient jdbc, Vault vault, String path) {
        return jdbc.sql("""
                        SELECT id, household_id, name, id_cipher FROM resident WHERE division_path LIKE :p || '%'
                        ORDER BY id LIMIT 1 OFFSET 3""")
                .param("p", path)
                .query((rs, i) -> new Person(rs.getLong(1), rs.getLong(2), rs.getString(3), vault.decrypt(rs.getBytes(4))))
                .single();
    }

    /** The whole phone number of a resident, or null. */
    public static String phoneOf(JdbcClient jdbc, Vault vault, long residentId) {
        byte[] cipher = jdbc.sql("SELECT phone_cipher FROM resident WHERE id = :id").param("id", residentId)
                .query(byte[].class).optional().orElse(null);
        return cipher == null ? null : vault.decrypt(cipher);
    }

    public static long divisionId(JdbcClient jdbc, String code) {
        return jdbc.sql("SELECT id FROM division WHERE code = :c").param("c", code).query(Long.class).single();
    }

    /** What the enrolment form sends for a resident of entrance 1, room 7701, registered locally. */
    public static NewResident newResident(String name, String idNumber, String relation, String headIdNumber) {
        return new NewResident(name, idNumber, "", "汉族", "户籍在本地", relation, headIdNumber, "1", "7701");
    }

    /**
     * A building of one's own in an empty database (a module test): the demo district's codes
     * ({@link DemoDivisions}), then below 五塔北街社区 a grid, an estate and a building of two entrances.
     */
    public static Division building(DivisionImporter importer, Places places, Divisions divisions) {
        Optional<Division> made = divisions.findByCode(BUILDING);
        if (made.isPresent()) {
            return made.get();
        }
        Division committee = DemoDivisions.load(importer, divisions, DemoDivisions.COMMITTEE);
        Division grid = places.create(committee.id(), new PlaceForm("第1网格", "", null, null), DataScope.COUNTRY);
        Division estate = places.create(grid.id(), new PlaceForm("锦绣花园", "南二环路18号", null, null), DataScope.COUNTRY);
        return places.create(estate.id(), new PlaceForm("1号楼", "", 6, 2), DataScope.COUNTRY);
    }

    /** A community worker of a committee, for use cases called without the access module. */
    public static TestUser worker(Division committee) {
        return TestUser.of(1, "worker", "张丽", Role.COMMUNITY_WORKER, committee);
    }

    /** Signs {@code username} in for code that records who acted (histories, the audit log). */
    public static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null));
    }
}
