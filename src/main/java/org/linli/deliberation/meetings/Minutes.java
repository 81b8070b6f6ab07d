package org.linli.deliberation.meetings;

import java.util.List;

import org.linli.deliberation.Person;
import org.linli.shared.CurrentUser;
import org.springframework.stereotype.Service;

/** The minutes of a meeting on a roll: chair, recorder, who was present and absent, each item's count and verdict. */
@Service
public class Minutes {

    /** Most absent names the minutes list; the count is always whole. */
    public static final int ABSENT_LISTED = 2000;

    /** Everything the minutes show. */
    public record Record(Assembly assembly, List<Assemblies.Item> items, Assemblies.Attendance attendance, Quorum.Verdict quorum,
                         List<Person> present, List<Person> absent) {
    }

    private final Assemblies assemblies;
    private final MeetingStore meetings;
    private final Rolls rolls;

    Minutes(Assemblies assemblies, MeetingStore meetings, Rolls rolls) {
        this.assemblies = assemblies;
        this.meetings = meetings;
        this.rolls = rolls;
    }

    public Record of(long id, CurrentUser user) {
        Assembly a = assemblies.get(id, user);
        Assemblies.Attendance attendance = assemblies.attendance(a);
        Quorum.Verdict quorum = a.meetingId() == null ? Assemblies.quorum(a, attendance) : meetings.quorum(a.meetingId());
        return new Record(a, assemblies.items(a.id()), attendance, quorum, rolls.present(a), rolls.absent(a, ABSENT_LISTED));
    }
}
