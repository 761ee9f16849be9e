// Every refusal the desk gives has a stable code and a message in Chinese and English.
// Nothing else crosses a boundary: raw exceptions are logged and turned into `internal`.

export interface ErrorInfo {
  code: string;
  /** Chinese, the desk's default language. */
  message: string;
  messageEn: string;
}

export class ClearanceError extends Error {
  readonly code: string;
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(code: string, messageZh: string, messageEn: string) {
    super(`${code}: ${messageEn}`);
    this.name = 'ClearanceError';
    this.code = code;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }

  toInfo(): ErrorInfo {
    return { code: this.code, message: this.messageZh, messageEn: this.messageEn };
  }
}

/** Work stopped because its caller asked (an import or a scan the user cancelled). */
export const cancelledError = (): ClearanceError => new ClearanceError('cancelled', '已取消。', 'Cancelled.');

export function fail(code: string, messageZh: string, messageEn: string): never {
  throw new ClearanceError(code, messageZh, messageEn);
}

export function isClearanceError(e: unknown): e is ClearanceError {
  return e instanceof ClearanceError;
}
