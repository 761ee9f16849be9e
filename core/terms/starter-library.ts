// The library and allow list the desk starts with, so it is useful on first run.
// Ids are stable: a department may disable or re-grade an entry by id, and findings
// keep pointing at the same rule across upgrades. Append new entries at the end.
//
// Severity follows the review rules: wording that marks a document as classified
// blocks publication (block); subjects inside the scope of state secrets need the
// secrecy reviewer's or the bureau's judgement (escalate); internal-use wording and
// sensitive-but-often-public subjects are flagged for attention (warn).

import type { Severity } from '../model';
import type { AllowEntry, LibraryTerm, TermLibrary } from './library';

// Named in scans made with the built-in library (the CLI without --terms): a new name whenever its content changes.
export const STARTER_LIBRARY_VERSION = 'starter-2026.2';

const R = {
  mark: '密级标志：标有绝密、机密、秘密字样的信息属于国家秘密载体，不得上网发布（《保守国家秘密法》；GB/T 9704—2012 密级和保密期限标注）。',
  markWord: '定密与密级用语：出现说明内容可能涉及国家秘密或其定密情况，须核实是否已解密或可公开。',
  internal: '内部标识：标有“内部资料”“内部文件”“注意保密”等字样的信息，须经批准方可公开（上网信息发布保密审查制度）。',
  defense: '国家秘密范围——国防建设和武装力量活动：军事设施、部队部署、武器装备等信息须送保密审核。',
  security: '国家秘密范围——维护国家安全活动和追查刑事犯罪：侦查、情报、安全保卫等信息须送保密审核。',
  affairs: '国家秘密范围——国家事务重大决策：尚未公开的决策、会议内部讨论情况须送保密审核。',
  economy: '国家秘密范围——国民经济和社会发展：未公开的统计数据、规划、预算细节等须送保密审核。',
  science: '国家秘密范围——科学技术：尚未公开的科研成果、关键技术参数须送保密审核。',
  foreign: '国家秘密范围——外交和外事活动：未公开的谈判、对外交往安排须送保密审核。',
  geo: '测绘地理信息：涉密测绘成果、精确坐标、重要目标位置不得公开（测绘成果保密管理规定）。',
  infra: '关键基础设施：重要目标的内部结构、安防部署和网络拓扑不宜公开。',
  personal: '个人信息与工作秘密：涉及个人隐私、未公开的人事和案件信息须审慎处理。',
  network: '网络与信息系统：内网、涉密信息系统的地址和配置不得公开。',
} as const;

type Row = [text: string, severity: Severity, rationale: keyof typeof R];

const ROWS: Row[] = [
  // 1–20 classification wording
  ['绝密', 'block', 'mark'], ['机密', 'block', 'mark'], ['秘密级', 'block', 'mark'], ['绝密级', 'block', 'mark'],
  ['机密级', 'block', 'mark'], ['秘密★', 'block', 'mark'], ['国家秘密', 'escalate', 'markWord'], ['涉密', 'escalate', 'markWord'],
  ['密级', 'escalate', 'markWord'], ['保密期限', 'escalate', 'markWord'], ['定密', 'escalate', 'markWord'], ['解密', 'warn', 'markWord'],
  ['知悉范围', 'escalate', 'markWord'], ['涉密载体', 'escalate', 'markWord'], ['涉密文件', 'escalate', 'markWord'], ['绝密文件', 'block', 'mark'],
  ['机密文件', 'block', 'mark'], ['秘密文件', 'block', 'mark'], ['秘密', 'warn', 'markWord'], ['工作秘密', 'escalate', 'markWord'],
  // 21–40 internal-use wording
  ['内部资料', 'escalate', 'internal'], ['内部文件', 'escalate', 'internal'], ['内部使用', 'escalate', 'internal'], ['内部刊物', 'escalate', 'internal'],
  ['内部材料', 'escalate', 'internal'], ['内部讨论稿', 'escalate', 'internal'], ['内部参考', 'escalate', 'internal'], ['注意保密', 'escalate', 'internal'],
  ['注意保存', 'escalate', 'internal'], ['注意保管', 'escalate', 'internal'], ['不得外传', 'escalate', 'internal'], ['严禁外传', 'escalate', 'internal'],
  ['不宜公开', 'escalate', 'internal'], ['不予公开', 'escalate', 'internal'], ['仅供内部', 'escalate', 'internal'], ['内部掌握', 'escalate', 'internal'],
  ['征求意见稿', 'warn', 'internal'], ['送审稿', 'warn', 'internal'], ['未定稿', 'warn', 'internal'], ['请勿转发', 'escalate', 'internal'],
  // 41–65 defence and armed forces
  ['军事设施', 'escalate', 'defense'], ['军事禁区', 'escalate', 'defense'], ['军事管理区', 'escalate', 'defense'], ['部队番号', 'escalate', 'defense'],
  ['部队驻地', 'escalate', 'defense'], ['兵力部署', 'escalate', 'defense'], ['作战方案', 'escalate', 'defense'], ['战备', 'warn', 'defense'],
  ['武器装备', 'escalate', 'defense'], ['军工', 'warn', 'defense'], ['国防科研', 'escalate', 'defense'], ['导弹', 'escalate', 'defense'],
  ['雷达站', 'escalate', 'defense'], ['弹药库', 'escalate', 'defense'], ['军用机场', 'escalate', 'defense'], ['人防工程', 'escalate', 'defense'],
  ['防空洞', 'warn', 'defense'], ['民兵编组', 'escalate', 'defense'], ['征兵计划', 'warn', 'defense'], ['军事演习', 'escalate', 'defense'],
  ['国防动员', 'warn', 'defense'], ['战略储备', 'escalate', 'defense'], ['指挥所', 'escalate', 'defense'], ['军事通信', 'escalate', 'defense'],
  ['军队离退休', 'warn', 'defense'],
  // 66–80 state security and law enforcement
  ['侦查方案', 'escalate', 'security'], ['案件线索', 'escalate', 'security'], ['情报', 'warn', 'security'], ['线人', 'escalate', 'security'],
  ['秘密侦查', 'escalate', 'security'], ['技术侦查', 'escalate', 'security'], ['布控', 'escalate', 'security'], ['警力部署', 'escalate', 'security'],
  ['安保方案', 'escalate', 'security'], ['警卫路线', 'escalate', 'security'], ['维稳', 'warn', 'security'], ['重点人员', 'escalate', 'security'],
  ['上访人员', 'warn', 'personal'], ['在逃人员', 'warn', 'security'], ['专案组', 'escalate', 'security'],
  // 81–95 major decisions and affairs of state
  ['尚未公开', 'escalate', 'affairs'], ['未公开', 'escalate', 'affairs'], ['未经批准', 'warn', 'affairs'], ['会议纪要', 'warn', 'affairs'],
  ['内部讨论', 'escalate', 'affairs'], ['领导批示', 'warn', 'affairs'], ['常委会议', 'warn', 'affairs'], ['干部考察', 'escalate', 'personal'],
  ['拟任人选', 'escalate', 'personal'], ['考察对象', 'escalate', 'personal'], ['人事调整方案', 'escalate', 'personal'], ['应急预案', 'warn', 'affairs'],
  ['处置预案', 'escalate', 'affairs'], ['舆情', 'warn', 'affairs'], ['请示件', 'warn', 'affairs'],
  // 96–115 economy and social development
  ['未公开的统计数据', 'escalate', 'economy'], ['统计数据', 'warn', 'economy'], ['初步核算', 'warn', 'economy'], ['预计完成', 'warn', 'economy'],
  ['规划草案', 'warn', 'economy'], ['财政预算', 'warn', 'economy'], ['招标底价', 'escalate', 'economy'], ['标底', 'escalate', 'economy'],
  ['拆迁补偿标准', 'warn', 'economy'], ['储备粮', 'escalate', 'economy'], ['储备库', 'escalate', 'economy'], ['战略物资', 'escalate', 'economy'],
  ['矿产储量', 'escalate', 'economy'], ['金融风险', 'warn', 'economy'], ['债务风险', 'warn', 'economy'], ['疫情数据', 'warn', 'economy'],
  ['考试试题', 'escalate', 'economy'], ['试卷', 'warn', 'economy'], ['评分标准', 'warn', 'economy'], ['录取分数线', 'warn', 'economy'],
  // 116–130 science and technology, foreign affairs
  ['关键技术参数', 'escalate', 'science'], ['核心技术', 'warn', 'science'], ['技术秘密', 'escalate', 'science'], ['科研项目', 'warn', 'science'],
  ['国家重点实验室', 'warn', 'science'], ['核设施', 'escalate', 'science'], ['放射源', 'escalate', 'science'], ['外事接待方案', 'escalate', 'foreign'],
  ['谈判底线', 'escalate', 'foreign'], ['对外谈判', 'escalate', 'foreign'], ['外交照会', 'escalate', 'foreign'], ['出访行程', 'escalate', 'foreign'],
  ['边界', 'warn', 'foreign'], ['边防', 'escalate', 'defense'], ['口岸查验', 'warn', 'security'],
  // 131–150 mapping, infrastructure and networks
  ['测绘成果', 'escalate', 'geo'], ['涉密测绘', 'escalate', 'geo'], ['经纬度', 'warn', 'geo'], ['精确坐标', 'escalate', 'geo'],
  ['地形图', 'warn', 'geo'], ['航拍', 'warn', 'geo'], ['卫星影像', 'warn', 'geo'], ['水库大坝', 'warn', 'infra'],
  ['变电站', 'warn', 'infra'], ['输油管线', 'escalate', 'infra'], ['输气管线', 'escalate', 'infra'], ['供水管网', 'warn', 'infra'],
  ['监控点位', 'escalate', 'infra'], ['安防布局', 'escalate', 'infra'], ['内网', 'warn', 'network'], ['涉密信息系统', 'escalate', 'network'],
  ['网络拓扑', 'escalate', 'network'], ['服务器地址', 'escalate', 'network'], ['登录密码', 'escalate', 'network'], ['口令', 'warn', 'network'],
  // 151–160 personal information and work secrets
  ['身份证号', 'warn', 'personal'], ['病历', 'warn', 'personal'], ['信访件', 'escalate', 'personal'], ['举报人', 'escalate', 'personal'],
  ['未成年人', 'warn', 'personal'], ['家庭住址', 'warn', 'personal'], ['犯罪记录', 'escalate', 'personal'], ['处分决定', 'warn', 'personal'],
  ['体检结果', 'warn', 'personal'], ['低保名单', 'warn', 'personal'],
  // 161– traditional-script and Latin wording (the matcher folds 機密 to 机密 already;
  // these catch English wording on bilingual or foreign-sourced material)
  ['top secret', 'block', 'mark'], ['confidential', 'escalate', 'markWord'], ['for internal use only', 'escalate', 'internal'],
  ['classified', 'escalate', 'markWord'],
];

export const STARTER_TERMS: readonly LibraryTerm[] = ROWS.map(([text, severity, why], i) => ({
  id: i + 1,
  text,
  category: 'term',
  severity,
  rationale: R[why],
  enabled: true,
}));

const idOf = (text: string): string => {
  const t = STARTER_TERMS.find((x) => x.text === text);
  if (!t) throw new Error(`starter allow list names an unknown term: ${text}`);
  return `term:${t.id}`;
};

/** Ordinary prose that contains a listed word with another meaning. */
export const STARTER_ALLOW: readonly AllowEntry[] = [
  ...['揭开…的秘密', '…的小秘密', '成功的秘密', '长寿的秘密', '美丽的秘密', '健康的秘密', '没有秘密', '公开的秘密', '秘密花园', '秘密武器',
    '秘密基地', '心中的秘密', '大自然的秘密', '宇宙的秘密', '生命的秘密', '秘密通道'].map((phrase) => ({ phrase, rule: idOf('秘密'), note: '日常用语' })),
  // A statement that a text holds no secret is not one; the reviewer still reads the whole text.
  ...[['不涉及国家秘密', '国家秘密'], ['不涉及国家秘密', '秘密'], ['不涉密', '涉密'], ['非涉密', '涉密']]
    .map(([phrase, term]) => ({ phrase, rule: idOf(term), note: '不涉密声明' })),
  { phrase: '机密性', rule: idOf('机密'), note: '信息安全术语（机密性、完整性、可用性）' },
  { phrase: '解密游戏', rule: idOf('解密') },
  { phrase: '解密历史', rule: idOf('解密') },
  { phrase: '情报学', rule: idOf('情报') },
  { phrase: '情报站', rule: idOf('情报'), note: '科技情报站等公开机构名' },
  { phrase: '科技情报', rule: idOf('情报') },
  { phrase: '边界条件', rule: idOf('边界') },
  { phrase: '行政区域边界', rule: idOf('边界') },
  { phrase: '内网穿透', rule: idOf('内网') },
  { phrase: '统计数据显示', rule: idOf('统计数据'), note: '引用已公开数据的常见表述' },
  { phrase: '口令标语', rule: idOf('口令') },
];

export const STARTER_LIBRARY: TermLibrary = {
  version: STARTER_LIBRARY_VERSION,
  terms: [...STARTER_TERMS],
  allow: [...STARTER_ALLOW],
};
