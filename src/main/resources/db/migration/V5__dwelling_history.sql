-- Changes to a dwelling (use, floor area, tenure), kept like a resident's: who, when, old → new.
CREATE TABLE dwelling_change (
    id          bigserial   PRIMARY KEY,
    dwelling_id bigint      NOT NULL REFERENCES dwelling (id),
    at          timestamptz NOT NULL DEFAULT now(),
    actor       varchar(50) NOT NULL,
    field       varchar(30) NOT NULL,
    old_value   varchar(200),
    new_value   varchar(200)
);
CREATE INDEX dwelling_change_dwelling ON dwelling_change (dwelling_id, at DESC);
