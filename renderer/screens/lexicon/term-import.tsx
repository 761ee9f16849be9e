// Importing a term list from CSV or Excel: the desk checks the whole file first and
// saves nothing; the officer sees the report and commits only a clean file.
import { useState } from 'react';
import { App as AntApp, Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../api/contract/lexicon';
import { invoke } from '../../api/client';
import { useMutate } from '../../api/queries';
import { errorText } from '../../i18n';
import { readFileBase64 } from '../../components/file-data';
import { ImportReportModal } from './import-report';

export interface PickedFile { fileName: string; contentBase64: string }

export function TermImport({ defaultOwner }: { defaultOwner: number | null }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [checking, setChecking] = useState(false);
  const commit = useMutate('lexicon.importCommit', ['lexicon.list']);

  async function check(picked: PickedFile, departmentId: number | null) {
    setChecking(true);
    try {
      setPreview(await invoke('lexicon.importPreview', { ...picked, departmentId }));
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
    setPreview(null);
    commit.reset();
  }

  return (
    <>
      <Upload accept=".csv,.xlsx" showUploadList={false} multiple={false}
        beforeUpload={(f) => { void onFile(f); return Upload.LIST_IGNORE; }}>
        <Button icon={<UploadOutlined />} loading={checking}>{t('lexicon.import')}</Button>
      </Upload>
      {file && preview ? (
        <ImportReportModal
          preview={preview}
          pending={commit.isPending || checking}
          error={commit.error}
          onOwner={(departmentId) => void check(file, departmentId)}
          onCancel={close}
          onCommit={async (onExisting) => {
            const result = await commit.mutateAsync({ ...file, departmentId: preview.departmentId, onExisting });
            void message.success(t('lexicon.imported', { ...result }));
            close();
          }}
        />
      ) : null}
    </>
  );
}
