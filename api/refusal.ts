import { ClearanceError } from '../core/errors';

/**
 * A refusal that must leave a trace: the transaction commits (with the audit entry and
 * e.g. the failed sign-in counter) and the caller still receives the error.
 * Any other thrown error rolls the whole call back.
 */
export class Refusal extends ClearanceError {}

export const errors = {
  invalidParams: (detail: string) => new ClearanceError('invalid-params', `请求参数无效：${detail}`, `Invalid parameters: ${detail}`),
  unknownMethod: (m: string) => new ClearanceError('unknown-method', `未知的操作：${m}`, `Unknown method: ${m}`),
  unauthenticated: () => new ClearanceError('unauthenticated', '请先登录。', 'Please sign in first.'),
  sessionExpired: () => new ClearanceError('session-expired', '长时间未操作，会话已过期，请重新登录。', 'Your session expired after a period of inactivity; sign in again.'),
  forbidden: () => new ClearanceError('forbidden', '您的角色无权执行此操作。', 'Your role does not allow this action.'),
  notFound: (what: string, whatEn: string) => new ClearanceError('not-found', `${what}不存在。`, `${whatEn} not found.`),
  internal: () => new ClearanceError('internal', '内部错误，操作未执行。请联系管理员。', 'Internal error; nothing was changed. Contact the administrator.'),
};
