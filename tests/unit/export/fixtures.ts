/**
 * LibraryRecords for the export tests and the export bench: realistic in shape and size (a
 * Japanese post of ~1 500 characters with evidence for every field), deterministic by index.
 */
import type { LibraryRecord } from '@shared/library';
import type { ParsedRecord, Span } from '@shared/record';

const SHA_A = 'a'.repeat(64);

export function makeParsedRecord(i: number, text?: string): ParsedRecord {
  const caseId = `2024-${String(i % 1000).padStart(3, '0')}`;
  const org = i % 7 === 0 ? '株式会社"クォート"、テスト' : `テスト市${i}`;
  const title = `${org} 個人情報の漏えいについて`;
  const header = `【セキュリティ事件簿#${caseId}】${title} 2024/3/8`;
  const body =
    text ??
    [
      header,
      '',
      `このたび、当社が運営するサーバーに第三者による不正アクセスがあり、お客様の氏名、住所、電話番号、メールアドレスが漏えいした可能性があることが判明しました。対象は最大${1000 + i}名です。`,
      '1.経緯',
      '2024年2月1日、不審な通信を検知しました。調査の結果、2024年1月20日に不正アクセスがあったことが判明しました。'.repeat(
        8,
      ),
      '2.対応',
      '外部の専門機関に調査を依頼し、関係機関に報告しました。再発防止策を講じてまいります。'.repeat(8),
    ].join('\n');
  const at = (needle: string): Span[] => {
    const start = body.indexOf(needle);
    return start < 0 ? [] : [{ start, end: start + needle.length }];
  };
  return {
    id: `rec-${String(i).padStart(7, '0')}`,
    parserVersion: '1.0.0',
    kind: 'incident',
    caseId: { value: caseId, evidence: at(caseId), confidence: 1 },
    title: { value: title, evidence: at(title), confidence: 1 },
    organization: { value: org, evidence: at(org), confidence: 0.9 },
    orgType: { value: i % 7 === 0 ? 'company' : 'local_government', evidence: at(org), confidence: 0.8 },
    publishedDate: { value: '2024-03-08', evidence: at('2024/3/8'), confidence: 1 },
    categories: { value: ['unauthorized_access'], evidence: at('不正アクセス'), confidence: 0.9 },
    affectedCount: { value: 1000 + i, evidence: at(`最大${1000 + i}名`), confidence: 0.7 },
    dataTypes: {
      value: ['name', 'address', 'phone', 'email'],
      evidence: [...at('氏名'), ...at('住所'), ...at('電話番号'), ...at('メールアドレス')],
      confidence: 0.8,
    },
    leakStatus: { value: 'possible', evidence: at('可能性'), confidence: 0.9 },
    incidentDate: { value: '2024-01-20', evidence: at('2024年1月20日'), confidence: 0.6 },
    discoveryDate: { value: '2024-02-01', evidence: at('2024年2月1日'), confidence: 0.6 },
    counts: [],
    relatedOrganizations: [],
    sections: [],
    warnings: [],
    text: body,
    source: { file: 'casebook-2024-09.txt', sha256: SHA_A, startLine: 1 + i * 40, endLine: 38 + i * 40 },
  };
}

export function makeLibraryRecord(i: number, overrides: Partial<LibraryRecord> = {}): LibraryRecord {
  const extracted = makeParsedRecord(i);
  return {
    id: extracted.id,
    extracted,
    corrections: {},
    status: 'reviewed',
    tags: [],
    note: '',
    needsLook: false,
    sources: [extracted.source],
    importedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

export function makeLibrary(n: number): LibraryRecord[] {
  return Array.from({ length: n }, (_, i) =>
    makeLibraryRecord(
      i,
      i % 5 === 0 ? { corrections: { affectedCount: 42 }, tags: ['要確認'], note: `メモ${i}` } : {},
    ),
  );
}
