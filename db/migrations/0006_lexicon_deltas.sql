-- A lexicon version's content may be stored as a delta against the previous version
-- instead of the whole library (core/lexicon/snapshot-delta.ts): a full snapshot per
-- change costs about 220 bytes per term, 22 MB per edit of a 100,000-term library.
-- `sha256` stays the SHA-256 of the version's FULL text (format 1), whatever is stored,
-- so exports and the audit chain's snapshotSha256 values are checked exactly as before.
--
-- The table is rebuilt rather than given a column, so the small columns come before the
-- content: SQLite reads a row's columns in order, and a column after a 22 MB text means
-- walking its overflow pages (the version list and lexiconStamp read sha256 on every call).
-- Every existing snapshot is a full text.

CREATE TABLE lexicon_snapshots_v6 (
  version       INTEGER PRIMARY KEY REFERENCES lexicon_versions(version),
  kind          TEXT NOT NULL CHECK (kind IN ('full', 'delta')),
  sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
  term_count    INTEGER NOT NULL,
  phrase_count  INTEGER NOT NULL,
  content       TEXT NOT NULL
);

INSERT INTO lexicon_snapshots_v6 (version, kind, sha256, term_count, phrase_count, content)
SELECT version, 'full', sha256, term_count, phrase_count, content FROM lexicon_snapshots ORDER BY version;

-- Dropping a table fires none of its triggers, and nothing refers to it.
DROP TABLE lexicon_snapshots;
ALTER TABLE lexicon_snapshots_v6 RENAME TO lexicon_snapshots;

CREATE TRIGGER lexicon_snapshots_immutable BEFORE UPDATE ON lexicon_snapshots BEGIN SELECT RAISE(ABORT, 'lexicon snapshots are immutable'); END;
CREATE TRIGGER lexicon_snapshots_no_delete BEFORE DELETE ON lexicon_snapshots BEGIN SELECT RAISE(ABORT, 'lexicon snapshots are immutable'); END;

-- A delta is read on top of the previous version's content, so that must be stored.
CREATE TRIGGER lexicon_snapshots_delta_follows BEFORE INSERT ON lexicon_snapshots
  WHEN NEW.kind = 'delta' AND NOT EXISTS (SELECT 1 FROM lexicon_snapshots WHERE version = NEW.version - 1)
BEGIN SELECT RAISE(ABORT, 'a lexicon delta needs the previous version''s snapshot'); END;

-- Reading a version starts from the newest full text at or before it.
CREATE INDEX lexicon_snapshots_full ON lexicon_snapshots(version) WHERE kind = 'full';
