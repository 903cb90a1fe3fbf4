import type { done as en } from '../en/done.ts'
import type { Translation } from '../translation-shape.ts'

export const done = {
  heading: '資料已確認',
  summary: '核實紀錄已經備妥。',
  download: '下載紀錄（JSON）',
  recordHeading: '核實紀錄',
  edits: '更正',
  overrides: '經職員填寫理由後接受',
  reason: '理由：{{reason}}',
  warningsUnavailable: '辨識服務未能提供',
  handedOff: '紀錄已傳送至 {{origin}}。',
  noEdits: '沒有更正任何欄位。',
  warnings: '警告',
  requestId: '辨識參考編號',
  confirmedAt: '確認時間',
  from: '讀取為',
  to: '更正為',
  empty: '（空白）',
} as const satisfies Translation<typeof en>
