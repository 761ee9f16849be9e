// Importing a term list or an allow list from CSV or Excel: the desk checks the whole
// file first and saves nothing; the officer sees the report and commits only a clean file.
import { useState } from 'react';
import { App as AntApp, Button, Tag, Upload, type TableColumnsType } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AllowImportPreview, ImportPreview, ImportResult } from '../../../api/contract/lexicon';
import { invoke } from '../../api/client';
import { useMutate } from '../../api/queries';
import { LEXICON_CHANGED } from './lexicon-changed';
import { errorText } from '../../i18n';
import { readFileBase64 } from '../../components/file-data';
import { SeverityTag } from '../../components/findings/severity';
import { ImportReportModal, type ReportView } from './import-report';

interface PickedFile { fileName: string; contentBase64: string }

type TermSample = ImportPreview['sample'][number];
type AllowSample = AllowImportPreview['sample'][number];
type Preview = { kind: 'terms'; preview: ImportPreview } | { kind: 'allow'; preview: AllowImportPreview };

export function ListImport({ kind, defaultOwner }: { kind: 'terms' | 'allow'; defaultOwner: number | null }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [checked, setChecked] = useState<Preview | null>(null);
  const [checking, setChecking] = useState(false);
  const commitTerms = useMutate('lexicon.importCommit', LEXICON_CHANGED);
  const commitAllow = useMutate('lexicon.allowImportCommit', LEXICON_CHANGED);
  const commit = kind === 'terms' ? commitTerms : commitAllow;
  const show = (v: string | boolean) => (typeof v === 'boolean' ? t(v ? 'lexicon.yes' : 'lexicon.no') : v || t('common.none'));

  async function check(picked: PickedFile, departmentId: number | null) {
    setChecking(true);
    try {
      const params = { ...picked, departmentId };
      setChecked(kind === 'terms'
        ? { kind, preview: await invoke('lexicon.importPreview', params) }
        : { kind, preview: await invoke('lexicon.allowImportPreview', params) });
      setFile(picked);
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setChecking(false);
    }
  }

  async function onFile(f: File) {
    await check({ fileName: f.name, contentBase64: await readFileBase64(f) }, defaultOwner);
  }

  function close() {
    setFile(null);
    setChecked(null);
    commit.reset();
  }

  async function onCommit(onExisting: 'skip' | 'update') {
    if (!file || !checked) return;
    const params = { ...file, departmentId: checked.preview.departmentId, onExisting };
    const result: ImportResult = kind === 'terms' ? await commitTerms.mutateAsync(params) : await commitAllow.mutateAsync(params);
    void message.success(t('lexicon.imported', { ...result }));
    close();
  }

  const common = {
    pending: commit.isPending || checking, error: commit.error, onCancel: close, onCommit,
    onOwner: (departmentId: number | null) => { if (file) void check(file, departmentId); },
  };
  let report = null;
  if (file && checked?.kind === 'terms') {
    const p = checked.preview;
    const severityText = (v: string | boolean) => show(typeof v === 'string' ? t(`severity.${v as TermSample['severity']}`) : v);
    const view: ReportView<TermSample> = {
      ...p, newCount: p.newTerms, sample: p.sample,
      duplicates: p.duplicatesInFile.map((d) => ({ name: d.term, rows: d.rows })),
      existing: p.existing.map((e) => ({
        row: e.row, name: e.term,
        changes: e.changes.map((c) => t('lexicon.change', {
          field: t(`lexicon.fields.${c.field}`),
          from: c.field === 'severity' ? severityText(c.from) : show(c.from), to: c.field === 'severity' ? severityText(c.to) : show(c.to),
        })).join('；'),
      })),
    };
    const columns: TableColumnsType<TermSample> = [
      { title: t('lexicon.term'), dataIndex: 'term' },
      { title: t('lexicon.category'), dataIndex: 'category' },
      { title: t('lexicon.severity'), dataIndex: 'severity', render: (s: TermSample['severity']) => <SeverityTag severity={s} /> },
      { title: t('lexicon.rationale'), dataIndex: 'rationale', ellipsis: true },
    ];
    report = <ImportReportModal kind="terms" view={view} sampleColumns={columns} {...common} />;
  } else if (file && checked?.kind === 'allow') {
    const p = checked.preview;
    const view: ReportView<AllowSample> = {
      ...p, newCount: p.newPhrases, sample: p.sample,
      duplicates: p.duplicatesInFile.map((d) => ({ name: d.phrase, rows: d.rows })),
      existing: p.existing.map((e) => ({
        row: e.row, name: e.phrase,
        changes: e.changes.map((c) => t('lexicon.change', { field: t(`lexicon.allowImport.fields.${c.field}`), from: show(c.from), to: show(c.to) })).join('；'),
      })),
    };
    const columns: TableColumnsType<AllowSample> = [
      { title: t('lexicon.allowPhrase'), dataIndex: 'phrase' },
      { title: t('lexicon.allowScope'), key: 'scope', render: (_: unknown, a) => <><Tag>{t(`lexicon.scopeKinds.${a.scopeKind}`)}</Tag>{a.scope}</> },
      { title: t('lexicon.allowNote'), dataIndex: 'note', ellipsis: true },
      { title: t('lexicon.enabled'), dataIndex: 'enabled', width: 70, render: (v: boolean) => show(v) },
    ];
    report = <ImportReportModal kind="allow" view={view} sampleColumns={columns} {...common} />;
  }

  return (
    <>
      <Upload accept=".csv,.xlsx" showUploadList={false} multiple={false}
        beforeUpload={(f) => { void onFile(f); return Upload.LIST_IGNORE; }}>
        <Button icon={<UploadOutlined />} loading={checking}>{t('lexicon.import')}</Button>
      </Upload>
      {report}
    </>
  );
}
