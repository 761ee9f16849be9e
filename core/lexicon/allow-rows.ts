// The allow list as a spreadsheet, and the rule of what an allowed phrase may be — the
// same rule for a phrase typed in the desk and one read from a file. Whether a rule
// scope names something that exists (term:<id>, a detector) is the database's
// knowledge, so the caller passes it in.
import { CATEGORIES } from '../model';
import { isWellFormed } from '../terms/normalize';
import { MAX_NOTE_LENGTH, MAX_PHRASE_LENGTH, MAX_SCOPE_LENGTH } from './limits';
import { invalid, isMessage, parseEnabled, termKey, validateRows, wordKey, type TableSchema, type ValidatedRows } from './rows';
import type { AllowListRow, AllowScopeKind, Message } from './types';

export type AllowField = 'phrase' | 'scopeKind' | 'scope' | 'note' | 'enabled';

export const ALLOW_SCHEMA: TableSchema<AllowField> = {
  names: {
    phrase: ['例外短语', '短语', '例外', '允许短语', 'phrase', 'allowedphrase'],
    scopeKind: ['适用范围', '范围类型', '适用于', 'scopekind', 'appliesto', 'kind'],
    scope: ['规则或类别', '范围', '规则', 'scope', 'rule'],
    note: ['说明', '备注', 'note', 'notes', 'comment'],
    enabled: ['启用', '是否启用', '状态', 'enabled', 'active'],
  },
  key: 'phrase',
  required: { phrase: { zh: '例外短语', en: 'phrase' } },
  what: { zh: '例外短语表', en: 'an allow list' },
  hint: {
    zh: '第一行应为表头，包含“例外短语”列，可选“适用范围”（全部/类别/规则）“规则或类别”“说明”“启用”（也可用英文 phrase、scopeKind、scope、note、enabled）。',
    en: 'The first row must be a header with a "phrase" column, optionally "scopeKind" (any/category/rule), "scope", "note" and "enabled" (Chinese names work too).',
  },
};

export const SCOPE_KIND_LABELS: Record<AllowScopeKind, string> = { any: '全部', category: '类别', rule: '规则' };
// A Map: an object would answer a scope kind written "constructor" with Object's.
const SCOPE_KIND_WORDS = new Map<string, AllowScopeKind>(Object.entries({
  全部: 'any', 所有: 'any', 任何: 'any', any: 'any', all: 'any',
  类别: 'category', 类型: 'category', category: 'category',
  规则: 'rule', rule: 'rule',
}));

/**
 * Why an allowed phrase is invalid, or else its comparison key (allowKey), with the phrase
 * folded once for both. `isKnownRule` says whether a rule scope names an existing term or detector.
 */
export function checkAllowFields(a: AllowListRow, isKnownRule: (rule: string) => boolean): Message | { key: string } {
  if (a.phrase.length === 0) return invalid('例外短语为空', 'the phrase is empty');
  if (a.phrase.length > MAX_PHRASE_LENGTH) return invalid(`例外短语超过 ${MAX_PHRASE_LENGTH} 个字符`, `the phrase is longer than ${MAX_PHRASE_LENGTH} characters`);
  // Folded only once the phrase is known to be short and well-formed.
  const folded = isWellFormed(a.phrase) && !/[\u0000-\u001f\u007f]/.test(a.phrase) ? termKey(a.phrase) : '';
  if (folded.length === 0) {
    return invalid('例外短语含有无效或不可见字符', 'the phrase contains invalid or invisible characters');
  }
  if (a.note.length > MAX_NOTE_LENGTH) return invalid(`说明超过 ${MAX_NOTE_LENGTH} 个字符`, `the note is longer than ${MAX_NOTE_LENGTH} characters`);
  if (a.scope.length > MAX_SCOPE_LENGTH) return invalid(`规则或类别超过 ${MAX_SCOPE_LENGTH} 个字符`, `the scope is longer than ${MAX_SCOPE_LENGTH} characters`);
  if (a.scopeKind === 'any' && a.scope !== '') return invalid('适用范围为“全部”时不能指定规则或类别', 'a phrase that applies to every finding takes no scope');
  if (a.scopeKind === 'category' && !(CATEGORIES as readonly string[]).includes(a.scope)) {
    return invalid(`未知的类别“${a.scope.slice(0, 30)}”`, `unknown category "${a.scope.slice(0, 30)}"`);
  }
  if (a.scopeKind === 'rule' && !isKnownRule(a.scope)) {
    return invalid(`未知的规则“${a.scope.slice(0, 30)}”（应为 term:编号 或检测项名称）`, `unknown rule "${a.scope.slice(0, 30)}" (term:<id> or a detector id)`);
  }
  return { key: keyOf(folded, a) };
}

/** Two allowed phrases are the same entry when their phrases fold alike and their scopes agree. */
export function allowKey(a: Pick<AllowListRow, 'phrase' | 'scopeKind' | 'scope'>): string {
  return keyOf(termKey(a.phrase), a);
}

function keyOf(foldedPhrase: string, a: Pick<AllowListRow, 'scopeKind' | 'scope'>): string {
  return `${foldedPhrase}\u0000${a.scopeKind}\u0000${a.scope}`;
}

function parseAllowRow(cell: (f: AllowField) => string, isKnownRule: (rule: string) => boolean): (AllowListRow & { key: string }) | Message {
  const scope = cell('scope');
  const kindText = cell('scopeKind');
  let scopeKind: AllowScopeKind | undefined;
  if (kindText === '') {
    if (scope !== '') return invalid('指定了规则或类别但适用范围为空（应为 全部/类别/规则）', 'a scope is given but the scope kind is empty (any/category/rule)');
    scopeKind = 'any';
  } else {
    scopeKind = SCOPE_KIND_WORDS.get(wordKey(kindText));
    if (!scopeKind) return invalid(`无法识别的适用范围“${kindText.slice(0, 20)}”（应为 全部/类别/规则）`, `unknown scope kind "${kindText.slice(0, 20)}" (any/category/rule)`);
  }
  const enabled = parseEnabled(cell('enabled'));
  if (typeof enabled !== 'boolean') return enabled;
  const row: AllowListRow = { phrase: cell('phrase'), scopeKind, scope, note: cell('note'), enabled };
  const checked = checkAllowFields(row, isKnownRule);
  return isMessage(checked) ? checked : { ...row, key: checked.key };
}

export type ValidatedAllowTable = ValidatedRows<AllowField, AllowListRow>;

/** An allow list: every row checked, repeats (same folded phrase and scope) reported. */
export function validateAllowTable(table: string[][], isKnownRule: (rule: string) => boolean): ValidatedAllowTable {
  return validateRows(table, ALLOW_SCHEMA, (cell) => parseAllowRow(cell, isKnownRule));
}
