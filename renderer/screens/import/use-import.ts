// One file import, from the user's pick to the new revision: read the file, hand it to
// the desk, then poll the job until it is done, failed or cancelled. The desk extracts and
// scans in a worker; the window only waits (so it stays responsive however large the file)
// and may ask the desk to cancel, which decides whether it still can.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ErrorInfo, ImportState, ImportStatus } from '../../../api/contract';
import { errorInfoOf, invoke } from '../../api/client';
import { hasEnded, pollJob } from '../../api/poll-job';
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
  /** The desk's job, once the file has been handed over. */
  jobId: string | null;
}

const IDLE: ImportView = { phase: 'idle', fileName: '', percent: 0, error: null, jobId: null };

const ended = (s: ImportStatus) => hasEnded(s.state);

/** While the desk reads and scans the file; from 保存中 on it is too late (the desk returns it unchanged). */
export const canCancel = (view: ImportView): boolean =>
  view.jobId !== null && (view.phase === 'queued' || view.phase === 'extracting' || view.phase === 'scanning');

/** Reading and uploading take the first tenth of the bar; the desk's own progress the rest. */
function percentOf(s: ImportStatus): number {
  return s.state === 'done' ? 100 : Math.round(10 + Math.max(0, Math.min(1, s.progress)) * 89);
}

export function useImport() {
  const [view, setView] = useState<ImportView>(IDLE);
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<ErrorInfo | null>(null);
  const alive = useRef(true);
  const client = useQueryClient();
  useEffect(() => { alive.current = true; return () => { alive.current = false; }; }, []);

  const run = useCallback(async (file: File, target: { draftId: number | null; departmentId?: number }): Promise<ImportStatus | null> => {
    const fileName = file.name;
    setCancelling(false);
    setCancelError(null);
    if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(fileName))) {
      setView({ phase: 'failed', fileName, percent: 0, error: { code: 'unsupported-type', message: '', messageEn: '' }, jobId: null });
      return null;
    }
    try {
      setView({ phase: 'reading', fileName, percent: 2, error: null, jobId: null });
      const contentBase64 = await readFileBase64(file);
      if (!alive.current) return null;
      setView({ phase: 'uploading', fileName, percent: 5, error: null, jobId: null });
      const status = await pollJob(await invoke('drafts.importFile', { ...target, fileName, contentBase64 }),
        (j) => invoke('imports.status', { jobId: j.jobId }), ended,
        (j) => setView({ phase: j.state, fileName, percent: percentOf(j), error: null, jobId: j.jobId }), () => alive.current);
      if (status === null) return null;
      setView({ phase: status.state, fileName, percent: percentOf(status), error: status.error, jobId: status.jobId });
      setCancelling(false);
      if (status.state === 'done') {
        await invalidate(client, ['drafts.list', 'drafts.open', 'drafts.revision']);
      }
      return status;
    } catch (e) {
      if (alive.current) { setCancelling(false); setView({ phase: 'failed', fileName, percent: 0, error: errorInfoOf(e), jobId: null }); }
      return null;
    }
  }, [client]);

  /** Asks the desk to stop the import; the poll above sees it end (cancelled, or done when it was too late). */
  const cancel = useCallback(async () => {
    if (!canCancel(view)) return;
    setCancelling(true);
    setCancelError(null);
    try {
      await invoke('imports.cancel', { jobId: view.jobId! });
    } catch (e) {
      if (alive.current) { setCancelling(false); setCancelError(errorInfoOf(e)); }
    }
  }, [view]);

  const reset = useCallback(() => setView(IDLE), []);
  const busy = view.phase !== 'idle' && !hasEnded(view.phase);
  return { view, run, reset, busy, cancel, cancelling, cancelError };
}

export type Importer = ReturnType<typeof useImport>;
