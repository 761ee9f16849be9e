// Importing a term list or an allow list from CSV or Excel: the desk checks the whole
// file first and saves nothing; the officer sees the report and commits only a clean file.
// Which list, and so which calls and words, comes from its descriptor (list-kinds).
import { useState } from 'react';
import { App as AntApp, Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutate } from '../../api/queries';
import { LEXICON_CHANGED } from './lexicon-changed';
import { errorText } from '../../i18n';
import { readFileBase64 } from '../../components/file-data';
import { ImportReportModal } from './import-report';
import type { ListKind } from './list-kinds';

interface PickedFile { fileName: string; contentBase64: string }

export function ListImport<P extends { departmentId: number | null }, S extends { row: number }>(
  { list, defaultOwner }: { list: ListKind<P, S>; defaultOwner: number | null }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [checked, setChecked] = useState<P | null>(null);
  const [checking, setChecking] = useState(false);
  const commit = useMutate(list.commit, LEXICON_CHANGED);

  async function check(picked: PickedFile, departmentId: number | null) {
    setChecking(true);
    try {
      setChecked(await list.preview({ ...picked, departmentId }));
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
    const result = await commit.mutateAsync({ ...file, departmentId: checked.departmentId, onExisting });
    void message.success(t('lexicon.imported', { ...result }));
    close();
  }

  return (
    <>
      <Upload accept=".csv,.xlsx" showUploadList={false} multiple={false}
        beforeUpload={(f) => { void onFile(f); return Upload.LIST_IGNORE; }}>
        <Button icon={<UploadOutlined />} loading={checking}>{t('lexicon.import')}</Button>
      </Upload>
      {file && checked ? (
        <ImportReportModal list={list} preview={checked} pending={commit.isPending || checking} error={commit.error}
          onCancel={close} onCommit={onCommit} onOwner={(departmentId) => void check(file, departmentId)} />
      ) : null}
    </>
  );
}
