-- Where places are (issue #13): a boundary for streets, committees and grids, a point for estates
-- and buildings. Geometry is stored as WKB in WGS-84 (longitude, latitude), so any PostgreSQL
-- works (the embedded one has no PostGIS); the application reads it with JTS and keeps its own
-- index. The box and the centre let SQL cut a map's view and place a case without geometry code.
CREATE TABLE division_shape (
    division_id bigint           PRIMARY KEY REFERENCES division (id) ON DELETE CASCADE,
    path        text             COLLATE "C" NOT NULL,
    level       varchar(16)      NOT NULL,
    shape       bytea            NOT NULL,
    min_lon     double precision NOT NULL,
    min_lat     double precision NOT NULL,
    max_lon     double precision NOT NULL,
    max_lat     double precision NOT NULL,
    centre_lon  double precision NOT NULL,
    centre_lat  double precision NOT NULL,
    updated_at  timestamptz      NOT NULL,
    updated_by  varchar(50)      NOT NULL
);
CREATE INDEX division_shape_scope ON division_shape (level, path);
CREATE INDEX division_shape_path ON division_shape (path);

-- One counter moved by every change of a shape, in the same transaction: each instance compares
-- it with the one its in-memory index was built at, and rebuilds when they differ.
CREATE TABLE division_shape_version (
    one     boolean PRIMARY KEY DEFAULT true CHECK (one),
    version bigint  NOT NULL
);
INSERT INTO division_shape_version (version) VALUES (0);
