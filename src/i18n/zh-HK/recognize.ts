import type { recognize as en } from '../en/recognize.ts'
import type { Translation } from '../translation-shape.ts'

export const recognize = {
  preparing: '正在處理相片…',
  reading: '正在讀取身份證…',
  cancel: '取消',
  retake: '重新拍攝',
  tryAgain: '再試一次',
  errors: {
    NETWORK: {
      title: '你似乎已離線',
      body: '請檢查網絡連線後再試；你的相片已保留。',
    },
  },
} as const satisfies Translation<typeof en>
