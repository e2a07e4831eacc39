export const ja = {
  dashboard: {
    title: 'ダッシュボード',
    scope: 'インシデント {{incidents}} 件(除外を除く)· その他の投稿 {{others}} 件',
    byStatus: 'ステータス別',
    byCategory: 'カテゴリ別',
    byOrgType: '組織種別',
    byMonth: '公表月別',
    records: '件数',
    total: '合計',
    reviewedShare: '確認済 {{percent}}%',
    noDate: '日付なし {{count}} 件',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const en: Shape<typeof ja> = {
  dashboard: {
    title: 'Dashboard',
    scope: '{{incidents}} incidents (excluded ones left out) · {{others}} other posts',
    byStatus: 'By status',
    byCategory: 'By category',
    byOrgType: 'By organization type',
    byMonth: 'By month published',
    records: 'Records',
    total: 'Total',
    reviewedShare: '{{percent}}% reviewed',
    noDate: '{{count}} without a date',
  },
};
