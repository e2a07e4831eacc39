/**
 * Organisation type from the organisation name. Japanese org names put the head noun last
 * (`奈良県市町村職員共済組合` is a 組合, `東京都教育委員会` a board of the prefecture), so rules
 * are tried in order on the name's ending, then on legal-form prefixes, then on words it
 * contains; when the name says nothing, the body's self-reference (当社/本学/当院/本県…)
 * decides with low confidence.
 *
 * Choices where SPEC leaves room:
 * - `独立行政法人` and its kinds (`国立研究開発法人`, `行政執行法人`) / national special
 *   corporations (日本年金機構) → national_government: they are
 *   national agencies under a ministry (the government's unified security standards cover them
 *   as 政府機関等); `地方独立行政法人` → local_government. Hospitals/universities they run keep
 *   medical/education.
 * - Prefectural police (`〇〇県警察`) → local_government: they are prefectural organisations.
 * - Public schools named in full (`県立下田高等学校`) → local_government (SPEC: public schools
 *   when the release is theirs); universities stay education even when 県立/市立.
 * - Religious bodies and their publishers (`東本願寺出版`) → association.
 */
import type { OrgType } from '@shared/record';
import type { PostContext, ExtractorResult } from '../types';
import { bodyStart, conf, matchAll, span } from './text';

interface Rule {
  type: OrgType;
  re: RegExp;
  confidence: number;
}

const MUNI = '(?:都|道|府|県|市|区|町|村)';

/** Ordered rules; the first that matches wins. */
const RULES: Rule[] = [
  // Hospitals first: 大学病院/附属病院/県立がんセンター are medical, not education/local.
  {
    type: 'medical',
    re: /(病院|医院|クリニック|診療所|医療センター|がんセンター|循環器病センター|こども医療センター|歯科|医療法人|病院機構|健診センター)/,
    confidence: 0.95,
  },
  // Legal forms of companies.
  {
    type: 'company',
    re: /(株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|\(有\)|Inc\.?$|Co\.,? ?Ltd\.?|Corporation$|Corp\.?$|LLC$|Ltd\.?$|GmbH$)/i,
    confidence: 0.95,
  },
  {
    type: 'education',
    re: /(国立大学法人|公立大学法人|学校法人|大学校?$|短期大学$|高等専門学校$)/,
    confidence: 0.95,
  },
  // Public schools and nurseries of a municipality/prefecture.
  {
    type: 'local_government',
    re: new RegExp(
      `${MUNI}立.*(小学校|中学校|高等学校|高校|中等教育学校|義務教育学校|特別支援学校|幼稚園|保育所|保育園|こども園)$`,
    ),
    confidence: 0.9,
  },
  {
    type: 'education',
    re: /(学園|学院|高等学校|高校|中等教育学校|中学校|小学校|専門学校|幼稚園|学校)$/,
    confidence: 0.85,
  },
  {
    type: 'national_government',
    re: /(省$|内閣府|内閣官房|国家公安委員会|個人情報保護委員会|公正取引委員会|原子力規制委員会|運輸安全委員会|中央労働委員会|会計検査院|人事院|((?<!地方)独立行政法人|国立研究開発法人|行政執行法人)(?!.*(大学|病院))|日本年金機構)/,
    confidence: 0.9,
  },
  // 庁 of the nation (デジタル庁, 警察庁) but not 県庁/都庁.
  { type: 'local_government', re: new RegExp(`${MUNI}庁$`), confidence: 0.9 },
  { type: 'national_government', re: /庁$/, confidence: 0.9 },
  {
    type: 'national_government',
    re: /(地方整備局|運輸局|労働局|法務局|国税局|税務署|財務局|検察庁)$/,
    confidence: 0.85,
  },
  // Special local public bodies that municipalities form together (一部事務組合 `〇〇広域行政事務組合`,
  // `〇〇消防組合`, 広域連合 `〇〇県後期高齢者医療広域連合`) are local governments, though their names
  // end in 組合 / 連合; trade and mutual-aid 組合 (共済組合, 同業組合) stay associations below.
  { type: 'local_government', re: /(事務組合|消防組合|広域行政組合|広域連合)$/, confidence: 0.85 },
  // Associations by head noun or legal form; before municipalities (奈良県市町村職員共済組合).
  // `JA〇〇` / `JF〇〇` are the names of agricultural and fishery cooperatives (農協・漁協).
  {
    type: 'association',
    re: /(協会|財団|組合|実行委員会|社会福祉協議会|協議会|連合会|連盟|商工会議所|商工会|振興会|共済会|生活協同組合|生協|学会|研究会|同窓会|後援会|一般社団法人|一般財団法人|公益社団法人|公益財団法人|社団法人|財団法人|特定非営利活動法人|NPO法人|社会福祉法人|宗教法人|基金|^J[AF](?![A-Za-z]))/,
    confidence: 0.9,
  },
  { type: 'local_government', re: /地方独立行政法人/, confidence: 0.85 },
  // Railways end in 道 like 北海道; keep them out of the municipality rule below.
  { type: 'company', re: /(鉄道|軌道)$/, confidence: 0.8 },
  {
    type: 'local_government',
    re: new RegExp(
      `${MUNI}(教育委員会|選挙管理委員会|議会|警察本部|警察|県警|消防局|消防本部|水道局|上下水道局|交通局|企業局|役所|役場)?$`,
    ),
    confidence: 0.9,
  },
  { type: 'local_government', re: /(県警|府警|道警|警視庁)/, confidence: 0.85 },
  // Religious bodies (temples, shrines, churches) and their publishing arms.
  { type: 'association', re: /(寺|神社|神宮|大社|教会|教団|本願寺|宗務所|真宗|仏教)/, confidence: 0.75 },
  {
    type: 'company',
    re: /(ホールディングス|グループ$|銀行$|信用金庫$|証券$|保険$|生命$|新聞社$|放送$|出版$|電力$|ガス$|鉄道$|航空$|商事$|物産$|製作所$|工業$|電機$|システムズ$|テクノロジー|ジャパン$|Japan$)/i,
    confidence: 0.7,
  },
];

/** Self-references in the body that reveal the kind of organisation. */
const BODY_CUES: { type: OrgType; re: RegExp }[] = [
  { type: 'company', re: /(当社|弊社|株主の皆様)/ },
  { type: 'education', re: /(本学|当大学|本校|当校)/ },
  { type: 'medical', re: /(当院|本院|当病院)/ },
  { type: 'local_government', re: /(本県|当県|本市|当市|本町|当町|本村|県民|市民)/ },
  { type: 'association', re: /(当協会|本会|当会|当財団|当法人|本組合|当組合)/ },
];

/** Classify an organisation name alone (null when no rule fits). */
export function classifyOrganization(name: string): { type: OrgType; confidence: number } | null {
  const n = name.replace(/\s+/g, '');
  for (const r of RULES) if (r.re.test(n)) return { type: r.type, confidence: r.confidence };
  return null;
}

/** Extract orgType from the organisation name, falling back to body self-references. */
export function extractOrgType(ctx: PostContext, organization: string | null): ExtractorResult<OrgType> {
  if (organization) {
    const c = classifyOrganization(organization);
    if (c) {
      const i = ctx.text.indexOf(organization);
      return {
        value: c.type,
        evidence: i >= 0 ? [span(i, i + organization.length)] : [],
        confidence: conf(c.confidence),
      };
    }
  }
  const from = bodyStart(ctx);
  let best: { type: OrgType; n: number; first: number } | null = null;
  for (const cue of BODY_CUES) {
    const ms = matchAll(cue.re, ctx.text, from);
    if (ms.length && (!best || ms.length > best.n))
      best = { type: cue.type, n: ms.length, first: ms[0]!.start };
  }
  if (best) {
    const m = matchAll(BODY_CUES.find((c) => c.type === best.type)!.re, ctx.text, from)[0]!;
    return { value: best.type, evidence: [span(m.start, m.end)], confidence: conf(0.5) };
  }
  return {
    value: 'other',
    evidence: [],
    confidence: 0.2,
    warnings: [{ code: 'org_type_defaulted', message: 'organisation type could not be determined' }],
  };
}
