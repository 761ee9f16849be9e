// The term the secrecy office adds to the library in the e2e tests: a project's code name
// the starter library does not know, so a text mentioning it has no finding until it is added.
export const TERM = { term: '星火计划', category: '项目代号', severity: '禁止', rationale: '未公开的科研项目代号（测试）' };
