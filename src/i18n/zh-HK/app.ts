import type { app as en } from '../en/app.ts'
import type { Translation } from '../translation-shape.ts'

export const app = {
  title: 'HKID Capture',
  tagline: '香港身份證核實',
  localReaderBanner: '證件由此伺服器上的本機讀取器讀取，相片不會離開這部伺服器。',
  steps: { capture: '拍攝', review: '核對', done: '完成' },
  nextCustomer: '下一位客戶',
  nextCustomerShortcut: 'Alt+N',
  ready: {
    heading: '可以處理下一位客戶',
    body: '上一位客戶的所有資料已清除。開始後才會開啟相機。',
    start: '開始拍攝',
  },
  case: {
    reference: '客戶參考編號（選填）',
    referenceHint: '你的個案或客戶編號，會加入核實紀錄及其檔案名稱。',
    continueOnPhone: '改用手機繼續',
  },
  language: '語言',
  progress: '進度',
} as const satisfies Translation<typeof en>
