-- Deliberation after issue #10: rosters that hold a villagers' committee's members and the
-- residents' groups' representatives beside the representatives, meetings that minute why they
-- were convened early or on a roster short of the law's shares, referrals answered by the case
-- loop's events, bindings that lapse when the registry says a resident left, and failed binding
-- attempts counted by deliberation itself rather than read from the audit log.

-- A roster entry is a representative (居民代表 / 村民代表), a member of the villagers' committee
-- (村委会成员, who sit in the villagers' representatives' meeting: 村民委员会组织法 art. 26), or a
-- representative elected by a residents' group (居民小组代表, 城市居民委员会组织法 art. 9); the
-- group is the grid the representative lives in, by its code.
ALTER TABLE representative ADD COLUMN role varchar(24) NOT NULL DEFAULT 'REPRESENTATIVE'
    CHECK (role IN ('REPRESENTATIVE', 'COMMITTEE_MEMBER', 'GROUP_REPRESENTATIVE'));
ALTER TABLE representative ADD COLUMN group_code varchar(32) COLLATE "C";
ALTER TABLE representative ADD CONSTRAINT representative_group CHECK ((role = 'GROUP_REPRESENTATIVE') = (group_code IS NOT NULL));
ALTER TABLE representative DROP CONSTRAINT representative_pkey;
ALTER TABLE representative ADD PRIMARY KEY (committee_id, role, resident_id);
CREATE INDEX representative_resident ON representative (resident_id);

-- A residents' meeting may be made of the residents' groups' representatives.
ALTER TABLE assembly ALTER COLUMN basis TYPE varchar(24);
ALTER TABLE assembly DROP CONSTRAINT assembly_basis_check;
ALTER TABLE assembly ADD CONSTRAINT assembly_basis_check
    CHECK (basis IN ('PERSONS', 'HOUSEHOLDS', 'REPRESENTATIVES', 'GROUP_REPRESENTATIVES'));
-- Why a villagers' meeting was convened with less than the law's notice, and why a villagers'
-- representatives' meeting was convened on a roster short of the law's shares; both are minuted.
ALTER TABLE assembly ADD COLUMN urgent_reason varchar(200);
ALTER TABLE assembly ADD COLUMN composition_override varchar(300);

-- The case the case loop opened for a referred topic, as its events tell it.
ALTER TABLE topic ADD COLUMN referred_case_number varchar(32);
ALTER TABLE topic ADD COLUMN referred_case_closed_at timestamptz;

-- A binding whose resident moved away or died no longer votes; it stays on record.
ALTER TABLE resident_account ADD COLUMN lapsed_on date;
ALTER TABLE resident_account ADD COLUMN lapsed_status varchar(16);

-- Failed attempts at 实名认证, so that ID numbers cannot be tried one after another.
CREATE TABLE binding_attempt (
    account_id bigint      NOT NULL REFERENCES account (id),
    at         timestamptz NOT NULL
);
CREATE INDEX binding_attempt_account ON binding_attempt (account_id, at);

-- The case a referred topic became is the case loop's: deliberation records the id and number its
-- event announced, and no longer ties its table to the case loop's by a foreign key.
ALTER TABLE topic DROP CONSTRAINT topic_referred_case_id_fkey;
