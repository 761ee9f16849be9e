-- Drafts and their immutable revisions (一事一审: one draft, one review record).

CREATE TABLE drafts (
  id             INTEGER PRIMARY KEY,
  title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
  department_id  INTEGER NOT NULL REFERENCES departments(id),
  author_id      INTEGER NOT NULL REFERENCES users(id),
  status         TEXT NOT NULL DEFAULT 'draft',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX drafts_department ON drafts(department_id);
CREATE INDEX drafts_author ON drafts(author_id);

CREATE TABLE draft_revisions (
  id            INTEGER PRIMARY KEY,
  draft_id      INTEGER NOT NULL REFERENCES drafts(id),
  number        INTEGER NOT NULL,
  body_text     TEXT NOT NULL,
  content_hash  TEXT NOT NULL,
  created_by    INTEGER NOT NULL REFERENCES users(id),
  created_at    TEXT NOT NULL,
  UNIQUE (draft_id, number)
);

CREATE TRIGGER draft_revisions_immutable BEFORE UPDATE ON draft_revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
CREATE TRIGGER draft_revisions_no_delete BEFORE DELETE ON draft_revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
