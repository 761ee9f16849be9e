// Every export button of the library screen (a list, the allow list, a past version) does
// the same three things: ask the desk for the file (which records the export), hand it to
// the user as a download, and say how it went. Only the call and the success words differ.
import { App as AntApp } from 'antd';
import { errorText } from '../../i18n';
import { saveExport, type ExportFormat } from './download';

type Exported = { fileName: string; contentBase64: string };

/**
 * Returns `exportFile(format, request, success)`: `request` asks the desk for the file,
 * `success` words the message from what came back. A failure, of the call or of the
 * download, is shown as an error message and never thrown to the button.
 */
export function useExport() {
  const { message } = AntApp.useApp();
  return async function exportFile<F extends Exported>(format: ExportFormat, request: () => Promise<F>, success: (file: F) => string): Promise<void> {
    try {
      const file = await request();
      await saveExport(file, format);
      void message.success(success(file));
    } catch (e) {
      void message.error(errorText(e));
    }
  };
}
