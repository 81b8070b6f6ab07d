package org.linli.emergency;

import java.time.LocalDate;
import java.util.List;

import org.linli.division.Division;
import org.linli.emergency.network.MemberForm;
import org.linli.emergency.network.MemberRole;
import org.linli.emergency.network.Network;
import org.linli.emergency.preparedness.CommunityType;
import org.linli.emergency.preparedness.DrillForm;
import org.linli.emergency.preparedness.Drills;
import org.linli.emergency.preparedness.PlanForm;
import org.linli.emergency.preparedness.Plans;
import org.linli.emergency.preparedness.ReserveForm;
import org.linli.emergency.preparedness.Reserves;
import org.linli.shared.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The emergency module's face for setting up a district (the demo): a committee's network, plan,
 * drills and reserves, entered through the same use cases staff use.
 */
@Service
public class EmergencyLoader {

    private final Network network;
    private final Plans plans;
    private final Drills drills;
    private final Reserves reserves;

    EmergencyLoader(Network network, Plans plans, Drills drills, Reserves reserves) {
        this.network = network;
        this.plans = plans;
        this.drills = drills;
        this.reserves = reserves;
    }

    /** Whether the committee has an emergency network yet (the demo sets one up once). */
    public boolean hasNetwork(Division committee) {
        return !network.members(committee).isEmpty();
    }

    /**
     * Adds a member: {@code role} one of COMMITTEE, POLICE, GRID, PROPERTY, VOLUNTEER; {@code phone}
     * and {@code account} (a username) may be empty.
     */
    public void addMember(Division committee, String name, String role, String duty, String phone, String account, CurrentUser by) {
        network.add(committee, new MemberForm(name, MemberRole.valueOf(role), duty, phone, account), by);
    }

    /** Saves a plan from the template of {@code communityType} (OLD_ESTATE, COMMODITY, VILLAGE, MIXED), one text per section. */
    public void savePlan(Division committee, String communityType, List<String> sections, CurrentUser by) {
        plans.save(committee, new PlanForm(CommunityType.valueOf(communityType), sections), by);
    }

    public void recordDrill(Division committee, LocalDate heldOn, String scenario, int participants, String who, String findings,
                            CurrentUser by) {
        drills.record(committee, new DrillForm(heldOn, scenario, participants, who, findings), by);
    }

    public void addReserve(Division committee, String item, int quantity, String unit, String location, LocalDate expiresOn,
                           CurrentUser by) {
        reserves.add(committee, new ReserveForm(item, quantity, unit, location, expiresOn), by);
    }
}
