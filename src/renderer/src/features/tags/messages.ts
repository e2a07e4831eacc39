export const ja = {
  tags: {
    bulkTitle: '選択した記録にタグ',
    bulkPlaceholder: 'タグを選ぶか入力',
    add: '追加',
    remove: '削除',
    added: '{{count}} 件にタグ「{{tags}}」を追加しました',
    removed: '{{count}} 件からタグ「{{tags}}」を削除しました',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const en: Shape<typeof ja> = {
  tags: {
    bulkTitle: 'Tag the selected records',
    bulkPlaceholder: 'Pick or type tags',
    add: 'Add',
    remove: 'Remove',
    added: 'Tagged {{count}} records with “{{tags}}”',
    removed: 'Removed “{{tags}}” from {{count}} records',
  },
};
