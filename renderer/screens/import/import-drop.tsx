// The two ways in: a button that opens the file dialog, and a drop zone. Both hand the
// one chosen file to `onFile`; nothing is uploaded by antd itself.
import { Button, Upload } from 'antd';
import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { IMPORT_ACCEPT } from './use-import';

interface Props { onFile: (file: File) => void; disabled?: boolean; label?: string }

export function ImportButton({ onFile, disabled, label }: Props) {
  const { t } = useTranslation();
  return (
    <Upload accept={IMPORT_ACCEPT} showUploadList={false} multiple={false} disabled={disabled}
      beforeUpload={(file) => { onFile(file); return Upload.LIST_IGNORE; }}>
      <Button icon={<UploadOutlined />} disabled={disabled}>{label ?? t('imports.button')}</Button>
    </Upload>
  );
}

export function ImportDropZone({ onFile, disabled, label }: Props) {
  const { t } = useTranslation();
  return (
    <Upload.Dragger accept={IMPORT_ACCEPT} showUploadList={false} multiple={false} disabled={disabled}
      beforeUpload={(file) => { onFile(file); return Upload.LIST_IGNORE; }} style={{ padding: '4px 0' }}>
      <p className="ant-upload-drag-icon" style={{ marginBottom: 4 }}><InboxOutlined /></p>
      <p className="ant-upload-text">{label ?? t('imports.dragTitle')}</p>
      <p className="ant-upload-hint">{t('imports.dragHint')}</p>
    </Upload.Dragger>
  );
}
