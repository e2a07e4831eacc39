/** Builds ParsedRecords for renderer unit tests: a real-looking incident, overridable per field. */
import type { Extracted, ParsedRecord } from '@shared/record';

const value = <T>(v: T, confidence = 0.9, start = 0, end = 1): Extracted<T> => ({
  value: v,
  evidence: [{ start, end }],
  confidence,
});

export interface RecordOverrides {
  id?: string;
  parserVersion?: string;
  kind?: ParsedRecord['kind'];
  caseId?: string | null;
  title?: string;
  organization?: string | null;
  text?: string;
  affectedCount?: number | null;
  publishedDate?: string | null;
  categories?: ParsedRecord['categories']['value'];
  orgType?: ParsedRecord['orgType']['value'];
  confidence?: number;
  warnings?: number;
  file?: string;
  startLine?: number;
}

export function makeParsed(o: RecordOverrides = {}): ParsedRecord {
  const title = o.title ?? '大阪市 大阪市立中学校における個人情報の漏えいについて';
  const text =
    o.text ?? `【セキュリティ事件簿#2024-086】${title} 2024/3/8\n\n生徒 35 名分の氏名が漏えいしました。`;
  const c = o.confidence ?? 0.9;
  return {
    id: o.id ?? 'r_default',
    parserVersion: o.parserVersion ?? '1.0.0',
    kind: o.kind ?? 'incident',
    caseId: value(o.caseId === undefined ? '2024-086' : o.caseId, c),
    title: value(title, c),
    organization: value(o.organization === undefined ? '大阪市' : o.organization, c),
    orgType: value(o.orgType ?? 'local_government', c),
    publishedDate: value(o.publishedDate === undefined ? '2024-03-08' : o.publishedDate, c),
    categories: value(o.categories ?? ['misdelivery'], c),
    affectedCount: value(o.affectedCount === undefined ? 35 : o.affectedCount, c),
    dataTypes: value(['name'], c),
    leakStatus: value('confirmed', c),
    incidentDate: value(null, c),
    discoveryDate: value(null, c),
    counts: [],
    relatedOrganizations: [],
    sections: [],
    warnings: Array.from({ length: o.warnings ?? 0 }, (_, i) => ({ code: `w${i}`, message: 'warning' })),
    text,
    source: {
      file: o.file ?? 'dump.txt',
      sha256: `sha-${o.file ?? 'dump.txt'}`,
      startLine: o.startLine ?? 1,
      endLine: 3,
    },
  };
}
