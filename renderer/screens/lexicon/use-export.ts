// Every export button of the library screen (a list, the allow list, a past version) does
// the same three things: ask the desk for the file (which records the export), hand it to
// the user as a download, and say how it went. Only the call and the success words differ.
// While one runs its button spins and the others wait: a large list takes a moment, and a
// second click would record a second export in the audit log.
import { App as AntApp } from 'antd';
import { useRef, useState } from 'react';
import { errorText } from '../../i18n';
import { saveExport, type ExportFormat } from './download';

type Exported = { fileName: string; contentBase64: string };

/**
 * Returns `exportFile(key, format, request, success)` and the key of the export running
 * now (null when none): `request` asks the desk for the file, `success` words the message
 * from what came back. A failure, of the call or of the download, is shown as an error
 * message and never thrown to the button.
 */
export function useExport() {
  const { message } = AntApp.useApp();
  const [running, setRunning] = useState<string | null>(null);
  // Checked and set at once: a double click's second click comes before React renders the spinner.
  const busy = useRef(false);
  async function exportFile<F extends Exported>(key: string, format: ExportFormat, request: () => Promise<F>, success: (file: F) => string): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    setRunning(key);
    try {
      const file = await request();
      await saveExport(file, format);
      void message.success(success(file));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      busy.current = false;
      setRunning(null);
    }
  }
  return { exportFile, running };
}
