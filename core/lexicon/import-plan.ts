// How an imported file meets the list it goes into, alike for terms and allowed phrases.
// A row whose key no stored entry of that owner has is new; a row whose key is stored
// names an existing entry, with what the file would change of it. Only the columns the
// file has count: a file without a "note" column leaves every note as it is.

/** One field an import would change on an existing entry. */
export interface FieldChange<E, U extends keyof E> {
  field: U;
  from: E[U];
  to: E[U];
}

/** How to compare a list's stored entries with a file's rows. */
export interface ListMerge<S, E, U extends keyof E> {
  /** A stored entry's comparison key, folded as the file's rows were (termKey, allowKey). */
  keyOf(stored: S): string;
  /** A stored entry's fields as they would be written back. */
  fieldsOf(stored: S): E;
  /** The fields an import may change on an existing entry, in the order a preview lists them. */
  updatable: readonly U[];
}

export interface ImportPlan<R, S, E, U extends keyof E> {
  fresh: R[];
  existing: Array<{ row: R; stored: S; changes: Array<FieldChange<E, U>> }>;
}

/** Which rows are new to this owner's list and what the others would change. */
export function planImport<R extends Pick<E, U> & { key: string }, S, E, U extends keyof E & string>(
  rows: readonly R[], stored: readonly S[], present: readonly string[], list: ListMerge<S, E, U>,
): ImportPlan<R, S, E, U> {
  const byKey = new Map(stored.map((s) => [list.keyOf(s), s]));
  const fields = list.updatable.filter((f) => present.includes(f));
  const plan: ImportPlan<R, S, E, U> = { fresh: [], existing: [] };
  for (const row of rows) {
    const s = byKey.get(row.key);
    if (s === undefined) { plan.fresh.push(row); continue; }
    const current = list.fieldsOf(s);
    const incoming: Pick<E, U> = row;
    const changes = fields.filter((f) => current[f] !== incoming[f]).map((f) => ({ field: f, from: current[f], to: incoming[f] }));
    plan.existing.push({ row, stored: s, changes });
  }
  return plan;
}

/** An entry's fields with an import's changes applied. */
export function withChanges<E, U extends keyof E>(fields: E, changes: ReadonlyArray<FieldChange<E, U>>): E {
  const out = { ...fields };
  for (const c of changes) out[c.field] = c.to;
  return out;
}
