export const ja = {
  app: {
    title: 'インシデント・ライブラリアン',
    tagline: 'セキュリティ事件簿の整理',
    loading: '読み込み中…',
    dbError: 'ローカルデータベースを開けませんでした: {{message}}',
  },
  nav: { import: '取り込み', review: 'レビュー', dashboard: 'ダッシュボード', export: '書き出し' },
  header: {
    language: '表示言語',
    theme: 'テーマ',
    light: 'ライト',
    dark: 'ダーク',
    help: 'キーボードショートカット',
  },
  empty: {
    title: 'まだ記録がありません',
    body: 'セキュリティ事件簿のテキストダンプを取り込むと、各投稿から事件番号・組織・公表日・件数・漏えい情報などを自動で抽出します。抽出結果を原文と並べて確認・修正し、データセットとして書き出せます。',
    step1: '「取り込み」でダンプファイル(.txt)をドラッグ&ドロップ、または選択します',
    step2: '「レビュー」で抽出値を原文と照合し、確認済・除外・タグ付けを行います',
    step3: '「書き出し」で確認済みの記録を JSON・JSON Lines・CSV で保存します',
    action: 'ダンプを取り込む',
  },
  common: { cancel: 'キャンセル', close: '閉じる', save: '保存', undo: '元に戻す', redo: 'やり直す' },
};
export type Messages = typeof ja;
