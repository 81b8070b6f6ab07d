-- The maintained catalogue of resident tags (重点人群标签). Derived tags (age) are computed, not
-- stored; sensitive tags are shown only to roles that need them.
CREATE TABLE tag (
    code        varchar(32)  PRIMARY KEY,
    name        varchar(30)  NOT NULL,
    sensitive   boolean      NOT NULL DEFAULT false,
    derived     boolean      NOT NULL DEFAULT false,
    needs_detail varchar(40),
    sort        smallint     NOT NULL,
    active      boolean      NOT NULL DEFAULT true
);
INSERT INTO tag (code, name, sensitive, derived, needs_detail, sort) VALUES
    ('AGED_60',              '60 岁以上老人', false, true,  NULL, 10),
    ('AGED_80',              '80 岁以上高龄', false, true,  NULL, 11),
    ('LIVING_ALONE',         '独居',          false, false, NULL, 20),
    ('EMPTY_NEST',           '空巢',          false, false, NULL, 21),
    ('DISABLED',             '残疾人',        false, false, '残疾类别和等级，如“肢体三级”', 30),
    ('SUBSISTENCE',          '低保',          false, false, NULL, 40),
    ('EXTREME_POVERTY',      '特困',          false, false, NULL, 41),
    ('LEFT_BEHIND_CHILD',    '留守儿童',      false, false, NULL, 50),
    ('CHILD_IN_HARDSHIP',    '困境儿童',      false, false, NULL, 51),
    ('ENTITLED',             '优抚对象',      false, false, NULL, 60),
    ('VETERAN',              '退役军人',      false, false, NULL, 61),
    ('COMMUNITY_CORRECTION', '社区矫正对象',  true,  false, NULL, 70),
    ('DRUG_REHAB',           '社区戒毒康复',  true,  false, NULL, 71),
    ('RELEASED_PRISONER',    '刑满释放人员',  true,  false, NULL, 72),
    ('SEVERE_MENTAL',        '严重精神障碍患者', true, false, NULL, 73);

CREATE TABLE resident_tag (
    id          bigserial   PRIMARY KEY,
    resident_id bigint      NOT NULL REFERENCES resident (id),
    tag_code    varchar(32) NOT NULL REFERENCES tag (code),
    since       date        NOT NULL,
    until       date,
    detail      varchar(100),
    created_by  varchar(50) NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX resident_tag_resident ON resident_tag (resident_id);
CREATE INDEX resident_tag_open ON resident_tag (tag_code, resident_id) WHERE until IS NULL;
