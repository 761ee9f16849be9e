// "导入新版本" on a draft its author may edit: the file becomes the draft's next revision.
import { useState } from 'react';
import { App as AntApp, Button, Modal, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ImportDropZone } from './import-drop';
import { ImportProgress } from './import-progress';
import { useImport } from './use-import';

export function ImportVersionButton({ draftId }: { draftId: number }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const importer = useImport();
  const { run, reset, busy } = importer;

  async function onFile(file: File) {
    const status = await run(file, { draftId });
    if (status?.state === 'done') {
      void message.success(t('imports.done', { number: status.revision ?? '' }));
      setOpen(false);
      reset();
    }
  }

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => { reset(); setOpen(true); }}>{t('imports.newVersion')}</Button>
      <Modal title={t('imports.dialogTitle')} open={open} footer={null} maskClosable={!busy} closable={!busy}
        onCancel={() => { if (!busy) setOpen(false); }} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('imports.dialogHint')}</Typography.Paragraph>
        <ImportDropZone onFile={(f) => void onFile(f)} disabled={busy} label={t('imports.newVersion')} />
        <ImportProgress importer={importer} />
      </Modal>
    </>
  );
}
