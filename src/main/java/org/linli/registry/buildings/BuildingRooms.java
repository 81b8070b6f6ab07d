package org.linli.registry.buildings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Browsing by building (以房管人): a building's entrances with their counts, and one entrance's
 * floors and rooms with the households living in them, vacant rooms included. A building outside
 * the user's scope, or a node that is not a building, is not found.
 */
@Service
public class BuildingRooms {

    private final Divisions divisions;
    private final RoomStore store;

    BuildingRooms(Divisions divisions, RoomStore store) {
        this.divisions = divisions;
        this.store = store;
    }

    /** An entrance (单元) of a building and what its rooms hold. */
    public record Entrance(int number, int rooms, int occupied, int people) {

        public int vacant() {
            return rooms - occupied;
        }
    }

    /** An open household of a room: its first living member (the head where there is one) and how many live there. */
    public record Household(long id, String head, int living) {
    }

    /** A room (户室); vacant when no household lives in it. */
    public record Room(long dwellingId, String number, List<Household> households) {

        public boolean vacant() {
            return households.stream().noneMatch(h -> h.living() > 0);
        }

        public int people() {
            return households.stream().mapToInt(Household::living).sum();
        }
    }

    /** A floor of an entrance, the top first; {@code number} null for rooms whose number names no floor. */
    public record Floor(Integer number, List<Room> rooms) {

        public long occupied() {
            return rooms.stream().filter(r -> !r.vacant()).count();
        }

        public int people() {
            return rooms.stream().mapToInt(Room::people).sum();
        }
    }

    /** A building of the scope; not found outside it or for another level. */
    public Division building(long id, DataScope scope) {
        Division building = divisions.get(id, scope);
        if (building.level() != Level.BUILDING) {
            throw new NotFoundException("building " + id);
        }
        return building;
    }

    /** Every entrance the building has (its declared count, and any a dwelling names beyond it), with counts. */
    public List<Entrance> entrances(Division building, DataScope scope) {
        Map<Integer, Entrance> found = new TreeMap<>();
        int declared = building.entrances() == null ? 0 : building.entrances();
        for (int n = 1; n <= declared; n++) {
            found.put(n, new Entrance(n, 0, 0, 0));
        }
        store.entrances(building.id(), scope)
                .forEach(e -> found.put(e.entrance(), new Entrance(e.entrance(), e.rooms(), e.occupied(), e.people())));
        return List.copyOf(found.values());
    }

    /** One entrance's rooms by floor, the top floor first. */
    public List<Floor> floors(Division building, int entrance, DataScope scope) {
        Map<Long, Room> rooms = new LinkedHashMap<>();
        Map<Long, Integer> floorOf = new LinkedHashMap<>();
        for (RoomStore.RoomRow row : store.rooms(building.id(), entrance, scope)) {
            Room room = rooms.computeIfAbsent(row.dwellingId(), id -> new Room(id, row.room(), new ArrayList<>()));
            floorOf.put(row.dwellingId(), row.floor());
            if (row.householdId() != null) {
                room.households().add(new Household(row.householdId(), row.head(), row.living()));
            }
        }
        List<Floor> floors = new ArrayList<>();
        for (Map.Entry<Long, Room> entry : rooms.entrySet()) {
            Integer number = floorOf.get(entry.getKey());
            if (floors.isEmpty() || !Objects.equals(floors.getLast().number(), number)) {
                floors.add(new Floor(number, new ArrayList<>()));
            }
            floors.getLast().rooms().add(entry.getValue());
        }
        return floors;
    }
}
