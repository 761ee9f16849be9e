// A cooperative wall-clock budget: extractors check it between parts so a slow
// hostile file ends with a clean refusal instead of hanging the import.

import { ClearanceError } from '../errors';

export function deadlineFrom(timeBudgetMs: number): number {
  return Date.now() + timeBudgetMs;
}

export function timeoutError(): ClearanceError {
  return new ClearanceError('extraction-timeout', '文件解析超时，已中止。请检查文件或联系管理员调整时限。', 'Extraction took too long and was stopped.');
}

export function checkDeadline(deadline: number): void {
  if (Date.now() > deadline) throw timeoutError();
}
