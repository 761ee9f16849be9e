// The renderer may only see core/model as types, so the lists it needs at run time are
// spelled out here and checked against those types: a category added to the model and
// not here fails to compile.
import type { Category, Severity } from '../../../core/model';

export const CATEGORY_LIST = [
  'term', 'classification-mark', 'internal-marker', 'resident-id', 'credit-code', 'bank-card', 'mobile', 'landline',
  'plate', 'ip-address', 'email', 'coordinates', 'doc-number', 'metadata', 'hidden-layer',
] as const satisfies readonly Category[];
type _AllCategories = Exclude<Category, (typeof CATEGORY_LIST)[number]> extends never ? true : never;
const _allCategories: _AllCategories = true;
void _allCategories;

export const SEVERITY_LIST = ['block', 'escalate', 'warn'] as const satisfies readonly Severity[];
