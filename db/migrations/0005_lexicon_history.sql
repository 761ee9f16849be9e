-- The content of every lexicon version, not only its number: after each change the
-- whole lexicon (every term and allowed phrase, enabled or not, of every owner) is
-- kept as canonical JSON (keys sorted, no whitespace, rows by id) with its SHA-256,
-- so an archivist can show years later exactly which library a scan used.
-- The text is core/lexicon/snapshot.ts's format 1; sha256_hex is registered by the
-- migration runner. Snapshots are never changed or deleted.

CREATE TABLE lexicon_snapshots (
  version       INTEGER PRIMARY KEY REFERENCES lexicon_versions(version),
  content       TEXT NOT NULL,
  sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
  term_count    INTEGER NOT NULL,
  phrase_count  INTEGER NOT NULL
);

CREATE TRIGGER lexicon_snapshots_immutable BEFORE UPDATE ON lexicon_snapshots BEGIN SELECT RAISE(ABORT, 'lexicon snapshots are immutable'); END;
CREATE TRIGGER lexicon_snapshots_no_delete BEFORE DELETE ON lexicon_snapshots BEGIN SELECT RAISE(ABORT, 'lexicon snapshots are immutable'); END;

-- A desk that already has a lexicon: what it holds now is the content of its current
-- version (earlier versions' content was never kept).
INSERT INTO lexicon_snapshots (version, content, sha256, term_count, phrase_count)
SELECT version, content, sha256_hex(content), term_count, phrase_count FROM (
  SELECT
    (SELECT max(version) FROM lexicon_versions) AS version,
    json_object(
      'allow', (SELECT json_group_array(json_object(
          'departmentId', department_id, 'enabled', json(CASE enabled WHEN 1 THEN 'true' ELSE 'false' END), 'id', id,
          'note', note, 'phrase', phrase, 'scope', scope, 'scopeKind', scope_kind, 'version', version) ORDER BY id)
        FROM allow_phrases),
      'format', 1,
      'terms', (SELECT json_group_array(json_object(
          'category', category, 'departmentId', department_id, 'enabled', json(CASE enabled WHEN 1 THEN 'true' ELSE 'false' END),
          'id', id, 'rationale', rationale, 'severity', severity, 'term', term, 'version', version) ORDER BY id)
        FROM terms),
      'version', (SELECT max(version) FROM lexicon_versions)) AS content,
    (SELECT count(*) FROM terms) AS term_count,
    (SELECT count(*) FROM allow_phrases) AS phrase_count
) WHERE version IS NOT NULL;
