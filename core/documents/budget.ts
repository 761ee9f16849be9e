// A cooperative budget: extractors check it between parts, so a slow hostile file ends with
// a clean refusal instead of hanging the import, and a caller that no longer wants the
// result (an import worker whose job was cancelled) is heard at the same points. core/ knows
// nothing of workers: the caller passes a predicate.

import { cancelledError, ClearanceError } from '../errors';

export interface Budget {
  /** Date.now() past which extraction stops with `extraction-timeout`. */
  readonly deadline: number;
  /** True once the caller wants extraction to stop; it then stops with `cancelled`. */
  readonly cancelled: () => boolean;
}

const never = () => false;

/** A budget of `timeBudgetMs` from now, stopping early when `cancelled` turns true. */
export function startBudget(timeBudgetMs: number, cancelled: () => boolean = never): Budget {
  return { deadline: Date.now() + timeBudgetMs, cancelled };
}

export function timeoutError(): ClearanceError {
  return new ClearanceError('extraction-timeout', '文件解析超时，已中止。请检查文件或联系管理员调整时限。', 'Extraction took too long and was stopped.');
}

export function checkBudget(budget: Budget): void {
  if (budget.cancelled()) throw cancelledError();
  if (Date.now() > budget.deadline) throw timeoutError();
}
