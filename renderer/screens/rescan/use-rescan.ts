// One rescan of a revision: ask the desk to start it, poll it until it ends, and on
// success refetch the draft and its layers so the new findings show. The desk scans in
// a worker and decides who may rescan; the window only asks, waits and may cancel.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ErrorInfo, RescanStatus } from '../../../api/contract';
import { errorInfoOf, invoke } from '../../api/client';
import { hasEnded, pollJob } from '../../api/poll-job';
import { invalidate } from '../../api/queries';

const ended = (s: RescanStatus) => hasEnded(s.state);

export function useRescan() {
  const [status, setStatus] = useState<RescanStatus | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const alive = useRef(true);
  const client = useQueryClient();
  useEffect(() => { alive.current = true; return () => { alive.current = false; }; }, []);

  /** Polls a started rescan until it ends; refetches the draft's findings when it is done. */
  const follow = useCallback(async (first: RescanStatus): Promise<RescanStatus | null> => {
    setError(null);
    setCancelling(false);
    try {
      const s = await pollJob(first, (j) => invoke('scans.status', { jobId: j.jobId }), ended, setStatus, () => alive.current);
      if (s === null) return null;
      setStatus(s);
      setCancelling(false);
      if (s.state === 'done') await invalidate(client, ['drafts.open', 'drafts.revision']);
      return s;
    } catch (e) {
      if (alive.current) { setStatus(null); setError(errorInfoOf(e)); }
      return null;
    }
  }, [client]);

  const start = useCallback(async (revisionId: number): Promise<RescanStatus | null> => {
    setError(null);
    try {
      return await follow(await invoke('drafts.rescan', { revisionId }));
    } catch (e) {
      if (alive.current) { setStatus(null); setError(errorInfoOf(e)); }
      return null;
    }
  }, [follow]);

  const cancel = useCallback(async () => {
    if (!status || ended(status)) return;
    setCancelling(true);
    try {
      setStatus(await invoke('scans.cancel', { jobId: status.jobId }));
    } catch (e) {
      if (alive.current) { setCancelling(false); setError(errorInfoOf(e)); }
    }
  }, [status]);

  const busy = status !== null && !ended(status);
  return { status, error, busy, cancelling, start, follow, cancel };
}
