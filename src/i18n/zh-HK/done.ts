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
  warningsNotChecked: '未有檢查：{{checks}}',
  handedOff: '紀錄已傳送至 {{origin}}。',
  noEdits: '沒有更正任何欄位。',
  warnings: '警告',
  requestId: '請求編號',
  delivery: {
    pending: '紀錄尚未交出：請下載紀錄，否則按「下一位客戶」後便會失去。',
    downloaded: '已下載。',
    sent: '已傳送至開啟此應用程式的頁面。',
    changed: '紀錄交出後客戶參考編號有所更改：請再交出一次。',
  },
  sendAgain: '再次傳送',
  webhook: {
    sending: '正在傳送至後台…',
    acceptedLead: '已傳送至後台，收據編號',
    failed: {
      network: '未能傳送至後台：沒有網絡連線。紀錄仍保留在此。',
      busy: '未能傳送至後台：伺服器繁忙。請於{{seconds}}秒後再次傳送。',
      link: '未能傳送至後台：登入已過期，或此紀錄已傳送過。請改為下載紀錄。',
      ours: '未能傳送至後台：我們的系統出現問題（請求編號 {{requestId}}）。請再次傳送，或下載紀錄。',
    },
    sendAgain: '再次傳送',
  },
  leave: {
    title: '開始處理下一位客戶？',
    body: '此紀錄尚未下載或傳送，將會失去。',
    bodyWebhook: '後台尚未確認收到此紀錄（未有收據），紀錄亦未下載，可能會失去。',
    confirm: '仍然處理下一位客戶',
    cancel: '返回',
  },
  confirmedAt: '確認時間',
  from: '讀取為',
  to: '更正為',
  empty: '（空白）',
  confirmedCard: {
    heading: '已確認的證件',
    name: '姓名',
    number: '號碼',
    noPhoto: '此裝置上沒有證件相片。',
  },
  warningWithCode: '{{warning}}（{{code}}）',
} as const satisfies Translation<typeof en>
