import { ClearanceError } from '../../core/errors';
import type { DeskSettings } from '../desk-types';

export function checkPasswordPolicy(password: string, settings: DeskSettings): void {
  if ([...password].length < settings.minPasswordLength) {
    throw new ClearanceError('weak-password',
      `密码至少需要 ${settings.minPasswordLength} 个字符。`,
      `The password needs at least ${settings.minPasswordLength} characters.`);
  }
}
