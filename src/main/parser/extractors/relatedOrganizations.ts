/**
 * Related organisations named in the body: contractors, subcontractors, subsidiaries and other
 * bodies with a legal form (`柴山コンサルタント株式会社`, `(株)神戸新聞事業社`, `株式会社KKS`,
 * `柴山コンサルタント司法書士法人`). The release's own organisation is left out. A name in a
 * sentence that states the relation (委託先, 再委託, 受託, 受注, 子会社…) gets a higher
 * confidence than one merely mentioned.
 */
import type { PostContext, ExtractorResult } from '../types';
import type { Extracted } from '@shared/record';
import { bodyScan } from './scan';
import { bodyStart, conf, matchAllAnchored, sentenceOf, span } from './text';

const NAME_CHARS = '[\\p{Script=Han}\\p{Script=Katakana}ー・&A-Za-z0-9]';
const FORMS =
  '(?:株式会社|有限会社|合同会社|合資会社|司法書士法人|税理士法人|土地家屋調査士法人|弁護士法人|監査法人|一般社団法人|一般財団法人|公益社団法人|公益財団法人)';
/** A Latin word written with a space before the rest of the name (`NTT ビジネスソリューションズ`). */
const LATIN_WORD = '(?:[A-Z][A-Za-z0-9&.]*\\s)';
const SUFFIX_FORM = new RegExp(`${LATIN_WORD}?${NAME_CHARS}{2,30}${FORMS}`, 'u');
/** After the form, spaced words may go on while they are Latin or katakana (`株式会社 NTT マーケティングアクト ProCX`). */
const PREFIX_FORM = new RegExp(
  `(?:${FORMS}|\\(株\\)|\\(有\\))\\s?${NAME_CHARS}{2,30}(?:\\s[A-Za-z0-9&.\\-\\p{Script=Katakana}ー・]{2,30}(?=[\\s(、。等にのがはを]))*`,
  'u',
);
/** PREFIX_FORM's matches in the body, from the walk the body's cue lists share (./scan). */
export const PREFIX_RES: readonly RegExp[] = [PREFIX_FORM];
const bodyPrefixForms = bodyScan(PREFIX_RES);
const SUFFIX_KABU = new RegExp(`${NAME_CHARS}{2,30}\\((株|有)\\)`, 'u');
/** The legal forms that end SUFFIX_FORM and SUFFIX_KABU matches: the scan starts near them. */
const FORMS_RE = new RegExp(FORMS);
const KABU_RE = /\((株|有)\)/;
const NAME_RUN = new RegExp(`${NAME_CHARS}|[.\\s]`, 'u');
/** Per code unit: 0 not yet known, 1 in a name, 2 not. */
const nameTable = new Uint8Array(0x10000);
/** A code unit that may stand in a name before its legal form (NAME_CHARS, a Latin word and its
 * space); surrogates count, so a name with a rare kanji is never cut short. */
function inName(c: number): boolean {
  let t = nameTable[c]!;
  if (t === 0) {
    const yes = (c >= 0xd800 && c <= 0xdfff) || NAME_RUN.test(String.fromCharCode(c));
    nameTable[c] = t = yes ? 1 : 2;
  }
  return t === 1;
}
const RELATION =
  /(委託|受託|受注|発注|子会社|関連会社|グループ|取引先|業者|事業者|提供元|運営会社|派遣|保守|売却|名簿|代表構成団体)/;
/** Words that a name match can swallow at its start. */
const LEAD_NOISE =
  /^(当社|弊社|同社|委託先|再委託先|受託者|受注者|受託会社|子会社|連結子会社|関連会社|業務委託先|取引先)/;

/** Extract related organisations (see module doc). */
export function extractRelatedOrganizations(
  ctx: PostContext,
  organization: string | null = null,
): ExtractorResult<Extracted<string>[]> {
  const text = ctx.text;
  const from = bodyStart(ctx);
  const own = (organization ?? '').replace(/\s+/g, '');
  const seen = new Map<string, Extracted<string>>();
  const found = [
    matchAllAnchored(SUFFIX_FORM, FORMS_RE, inName, text, from),
    bodyPrefixForms(ctx)[0]!,
    matchAllAnchored(SUFFIX_KABU, KABU_RE, inName, text, from),
  ];
  for (const matches of found) {
    for (const m of matches) {
      let name = m.text.trim();
      let start = m.start;
      name = name.replace(/(及び?|並びに|等|ら)$/, '');
      const noise = name.match(LEAD_NOISE);
      if (noise && name.length - noise[0].length >= 4) {
        name = name.slice(noise[0].length);
        start += noise[0].length;
      }
      // `日本工営都市空間株式会社岐阜営業所`: the 株式会社 already closes a found name.
      if (
        [...seen.values()].some(
          (v) => start < v.evidence[0]!.end && start + name.length > v.evidence[0]!.start,
        )
      )
        continue;
      if ([...seen.keys()].some((k) => k.includes(name) || name.includes(k))) continue;
      const bare = name.replace(/\s+/g, '');
      if (own && (own.includes(bare) || bare.includes(own))) continue;
      const related = RELATION.test(sentenceOf(ctx, m.start).text);
      seen.set(name, {
        value: name,
        evidence: [span(start, start + name.length)],
        confidence: conf(related ? 0.8 : 0.5),
      });
    }
  }
  const value = [...seen.values()].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
  return {
    value,
    evidence: value.map((v) => v.evidence[0]!),
    confidence: value.length ? conf(Math.max(...value.map((v) => v.confidence))) : 0,
  };
}
