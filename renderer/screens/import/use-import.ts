// One file import, from the user's pick to the new revision: read the file, hand it to
// the desk, then poll the job until it is done or failed. The desk extracts and scans in
// a worker; the window only waits, so it stays responsive however large the file.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ErrorInfo, ImportState, ImportStatus } from '../../../api/contract';
import { errorInfoOf, invoke } from '../../api/client';
import { pollJob } from '../../api/poll-job';
import { invalidate } from '../../api/queries';
import { extensionOf, readFileBase64 } from '../../components/file-data';

export const IMPORT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.doc', '.wps', '.pdf', '.ofd'] as const;
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

export type ImportPhase = 'idle' | 'reading' | 'uploading' | ImportState;

export interface ImportView {
  phase: ImportPhase;
  fileName: string;
  /** 0..100 for the progress bar. */
  percent: number;
  error: ErrorInfo | null;
}

const IDLE: ImportView = { phase: 'idle', fileName: '', percent: 0, error: null };

/** Reading and uploading take the first tenth of the bar; the desk's own progress the rest. */
function percentOf(s: ImportStatus): number {
  return s.state === 'done' ? 100 : Math.round(10 + Math.max(0, Math.min(1, s.progress)) * 89);
}

export function useImport() {
  const [view, setView] = useState<ImportView>(IDLE);
  const alive = useRef(true);
  const client = useQueryClient();
  useEffect(() => { alive.current = true; return () => { alive.current = false; }; }, []);

  const run = useCallback(async (file: File, target: { draftId: number | null; departmentId?: number }): Promise<ImportStatus | null> => {
    const fileName = file.name;
    if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(fileName))) {
      setView({ phase: 'failed', fileName, percent: 0, error: { code: 'unsupported-type', message: '', messageEn: '' } });
      return null;
    }
    try {
      setView({ phase: 'reading', fileName, percent: 2, error: null });
      const contentBase64 = await readFileBase64(file);
      if (!alive.current) return null;
      setView({ phase: 'uploading', fileName, percent: 5, error: null });
      const status = await pollJob(await invoke('drafts.importFile', { ...target, fileName, contentBase64 }),
        (j) => invoke('imports.status', { jobId: j.jobId }), (j) => j.state === 'done' || j.state === 'failed',
        (j) => setView({ phase: j.state, fileName, percent: percentOf(j), error: null }), () => alive.current);
      if (status === null) return null;
      setView({ phase: status.state, fileName, percent: percentOf(status), error: status.error });
      if (status.state === 'done') {
        await invalidate(client, ['drafts.list', 'drafts.open', 'drafts.revision']);
      }
      return status;
    } catch (e) {
      if (alive.current) setView({ phase: 'failed', fileName, percent: 0, error: errorInfoOf(e) });
      return null;
    }
  }, [client]);

  const reset = useCallback(() => setView(IDLE), []);
  const busy = view.phase !== 'idle' && view.phase !== 'done' && view.phase !== 'failed';
  return { view, run, reset, busy };
}
