// The cooperative cancel flag a worker's host shares with the worker (worker-host's
// `cancelGraceMs`): one Int32 in shared memory, raised by the host and read by the worker
// between steps of its synchronous work, during which it cannot read messages.

export function newCancelFlag(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

export function raiseCancelFlag(flag: Int32Array): void {
  Atomics.store(flag, 0, 1);
}

/** The worker's check. Without a flag (a host that terminates the worker to cancel it) it is never raised. */
export function cancelCheck(flag: Int32Array | undefined): () => boolean {
  return () => flag !== undefined && Atomics.load(flag, 0) !== 0;
}
