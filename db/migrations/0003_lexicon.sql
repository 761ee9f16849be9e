-- Term libraries, the allow list and detector settings. Every change to terms or the
-- allow list opens a new lexicon version; a scan records the version it used.

CREATE TABLE lexicon_versions (
  version     INTEGER PRIMARY KEY,
  created_at  TEXT NOT NULL,
  actor       TEXT NOT NULL,
  summary     TEXT NOT NULL
);

CREATE TABLE terms (
  id             INTEGER PRIMARY KEY,
  term           TEXT NOT NULL CHECK (length(trim(term)) > 0),
  -- A grouping for people (e.g. 密级标志, 军事), not the finding category, which is `term`.
  category       TEXT NOT NULL DEFAULT '',
  severity       TEXT NOT NULL CHECK (severity IN ('block', 'escalate', 'warn')),
  rationale      TEXT NOT NULL DEFAULT '',
  enabled        INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  -- NULL: the whole desk; otherwise the owning department's own list.
  department_id  INTEGER REFERENCES departments(id),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  version        INTEGER NOT NULL REFERENCES lexicon_versions(version)
);
CREATE UNIQUE INDEX terms_unique ON terms(term, coalesce(department_id, 0));

CREATE TABLE allow_phrases (
  id             INTEGER PRIMARY KEY,
  phrase         TEXT NOT NULL CHECK (length(trim(phrase)) > 0),
  -- 'any' suppresses every finding inside the phrase; 'category' and 'rule' narrow it.
  scope_kind     TEXT NOT NULL CHECK (scope_kind IN ('any', 'category', 'rule')),
  scope          TEXT NOT NULL DEFAULT '',
  note           TEXT NOT NULL DEFAULT '',
  enabled        INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  department_id  INTEGER REFERENCES departments(id),
  created_at     TEXT NOT NULL,
  version        INTEGER NOT NULL REFERENCES lexicon_versions(version)
);
CREATE UNIQUE INDEX allow_phrases_unique ON allow_phrases(phrase, scope_kind, scope, coalesce(department_id, 0));

-- Per-department overrides of a detector's defaults (department_id 0: the whole desk).
CREATE TABLE detector_settings (
  department_id   INTEGER NOT NULL DEFAULT 0,
  detector        TEXT NOT NULL,
  enabled         INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  severity        TEXT NOT NULL CHECK (severity IN ('block', 'escalate', 'warn')),
  context_window  INTEGER,
  options         TEXT NOT NULL DEFAULT '{}',
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (department_id, detector)
);
