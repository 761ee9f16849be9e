-- What a revision carries: the original file (content-addressed), every extracted
-- layer, and the scans with their findings. None of it is ever changed.

CREATE TABLE blobs (
  sha256      TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size        INTEGER NOT NULL,
  bytes       BLOB NOT NULL,
  created_at  TEXT NOT NULL
);

ALTER TABLE draft_revisions ADD COLUMN source TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('typed', 'import'));
ALTER TABLE draft_revisions ADD COLUMN file_name TEXT;
ALTER TABLE draft_revisions ADD COLUMN file_sha256 TEXT REFERENCES blobs(sha256);
ALTER TABLE draft_revisions ADD COLUMN format TEXT;
CREATE INDEX draft_revisions_file ON draft_revisions(file_sha256);

CREATE TABLE revision_layers (
  revision_id  INTEGER NOT NULL REFERENCES draft_revisions(id),
  layer        TEXT NOT NULL,
  text         TEXT NOT NULL,
  PRIMARY KEY (revision_id, layer)
);

CREATE TABLE revision_documents (
  revision_id  INTEGER PRIMARY KEY REFERENCES draft_revisions(id),
  metadata     TEXT NOT NULL,
  images       TEXT NOT NULL,
  warnings     TEXT NOT NULL
);

CREATE TABLE scans (
  id                INTEGER PRIMARY KEY,
  revision_id       INTEGER NOT NULL REFERENCES draft_revisions(id),
  lexicon_version   INTEGER NOT NULL,
  detector_config   TEXT NOT NULL,
  created_at        TEXT NOT NULL
);
CREATE INDEX scans_revision ON scans(revision_id);

CREATE TABLE findings (
  id          INTEGER PRIMARY KEY,
  scan_id     INTEGER NOT NULL REFERENCES scans(id),
  layer       TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  category    TEXT NOT NULL,
  severity    TEXT NOT NULL CHECK (severity IN ('block', 'escalate', 'warn')),
  rule        TEXT NOT NULL,
  confidence  REAL,
  rationale   TEXT
);
CREATE INDEX findings_scan ON findings(scan_id);

CREATE TRIGGER blobs_immutable BEFORE UPDATE ON blobs BEGIN SELECT RAISE(ABORT, 'blobs are immutable'); END;
CREATE TRIGGER blobs_no_delete BEFORE DELETE ON blobs BEGIN SELECT RAISE(ABORT, 'blobs are immutable'); END;
CREATE TRIGGER revision_layers_immutable BEFORE UPDATE ON revision_layers BEGIN SELECT RAISE(ABORT, 'revision layers are immutable'); END;
CREATE TRIGGER revision_layers_no_delete BEFORE DELETE ON revision_layers BEGIN SELECT RAISE(ABORT, 'revision layers are immutable'); END;
CREATE TRIGGER findings_immutable BEFORE UPDATE ON findings BEGIN SELECT RAISE(ABORT, 'findings are immutable'); END;
CREATE TRIGGER findings_no_delete BEFORE DELETE ON findings BEGIN SELECT RAISE(ABORT, 'findings are immutable'); END;
