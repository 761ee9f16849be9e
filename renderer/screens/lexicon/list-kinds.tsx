// The two lists a file can fill, the term list and the allow list, each described once:
// which desk calls check and save a file, the words the import report uses for its
// entries, how an existing entry's changes read, and the sample's columns. ListImport and
// the import report take one of these and know nothing of either list themselves.
import { Tag, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { Params } from '../../../api/contract';
import type { AllowImportPreview, ImportPreview, RowProblem } from '../../../api/contract/lexicon';
import { invoke } from '../../api/client';
import { SeverityTag } from '../../components/findings/severity';

/** What either kind of preview shows, with the changes already put into words. */
export interface ReportView<S> {
  fileName: string;
  departmentId: number | null;
  dataRows: number;
  validRows: number;
  newCount: number;
  existingCount: number;
  unchangedCount: number;
  invalidCount: number;
  canCommit: boolean;
  invalid: RowProblem[];
  duplicates: Array<{ name: string; rows: number[] }>;
  existing: Array<{ row: number; name: string; changes: string }>;
  sample: S[];
}

/** The report's words (i18n keys) that name this list's entries. */
interface ReportWords { name: string; newCount: string; duplicates: string; existing: string; onExisting: string; cannotCommit: string }

export interface ListKind<P extends { departmentId: number | null }, S extends { row: number }> {
  /** Checks a file and saves nothing. */
  preview: (params: Params<'lexicon.importPreview'>) => Promise<P>;
  /** Saves a checked file: a method name, as the import runs it as a mutation that refreshes the lists. */
  commit: 'lexicon.importCommit' | 'lexicon.allowImportCommit';
  words: ReportWords;
  view: (preview: P, t: TFunction) => ReportView<S>;
  sampleColumns: (t: TFunction) => TableColumnsType<S>;
}

/** A value as a cell shows it: yes/no for a switch, 无 for an empty text. */
function shown(t: TFunction, v: string | boolean): string {
  return typeof v === 'boolean' ? t(v ? 'lexicon.yes' : 'lexicon.no') : v || t('common.none');
}

type Change<F extends string> = { field: F; from: string | boolean; to: string | boolean };

/** "级别：提示 → 禁止；依据：… → …" for one existing entry. */
function changesText<F extends string>(t: TFunction, changes: Array<Change<F>>, field: (f: F) => string,
  value: (f: F, v: string | boolean) => string): string {
  return changes.map((c) => t('lexicon.change', { field: field(c.field), from: value(c.field, c.from), to: value(c.field, c.to) })).join('；');
}

type TermSample = ImportPreview['sample'][number];

export const TERM_LIST: ListKind<ImportPreview, TermSample> = {
  preview: (params) => invoke('lexicon.importPreview', params),
  commit: 'lexicon.importCommit',
  words: { name: 'lexicon.term', newCount: 'lexicon.newTerms', duplicates: 'lexicon.duplicates', existing: 'lexicon.existing',
    onExisting: 'lexicon.onExisting', cannotCommit: 'lexicon.cannotCommit' },
  view: (p, t) => ({
    ...p, newCount: p.newTerms,
    duplicates: p.duplicatesInFile.map((d) => ({ name: d.term, rows: d.rows })),
    existing: p.existing.map((e) => ({
      row: e.row, name: e.term,
      // A severity travels as its code (block); the report shows its name (禁止).
      changes: changesText(t, e.changes, (f) => t(`lexicon.fields.${f}`),
        (f, v) => shown(t, f === 'severity' && typeof v === 'string' ? t(`severity.${v}`) : v)),
    })),
  }),
  sampleColumns: (t) => [
    { title: t('lexicon.term'), dataIndex: 'term' },
    { title: t('lexicon.category'), dataIndex: 'category' },
    { title: t('lexicon.severity'), dataIndex: 'severity', render: (s: TermSample['severity']) => <SeverityTag severity={s} /> },
    { title: t('lexicon.rationale'), dataIndex: 'rationale', ellipsis: true },
  ],
};

type AllowSample = AllowImportPreview['sample'][number];

export const ALLOW_LIST: ListKind<AllowImportPreview, AllowSample> = {
  preview: (params) => invoke('lexicon.allowImportPreview', params),
  commit: 'lexicon.allowImportCommit',
  words: { name: 'lexicon.allowPhrase', newCount: 'lexicon.allowImport.newCount', duplicates: 'lexicon.allowImport.duplicates',
    existing: 'lexicon.allowImport.existing', onExisting: 'lexicon.allowImport.onExisting', cannotCommit: 'lexicon.allowImport.cannotCommit' },
  view: (p, t) => ({
    ...p, newCount: p.newPhrases,
    duplicates: p.duplicatesInFile.map((d) => ({ name: d.phrase, rows: d.rows })),
    existing: p.existing.map((e) => ({
      row: e.row, name: e.phrase,
      changes: changesText(t, e.changes, (f) => t(`lexicon.allowImport.fields.${f}`), (_f, v) => shown(t, v)),
    })),
  }),
  sampleColumns: (t) => [
    { title: t('lexicon.allowPhrase'), dataIndex: 'phrase' },
    { title: t('lexicon.allowScope'), key: 'scope', render: (_: unknown, a) => <><Tag>{t(`lexicon.scopeKinds.${a.scopeKind}`)}</Tag>{a.scope}</> },
    { title: t('lexicon.allowNote'), dataIndex: 'note', ellipsis: true },
    { title: t('lexicon.enabled'), dataIndex: 'enabled', width: 70, render: (v: boolean) => shown(t, v) },
  ],
};
