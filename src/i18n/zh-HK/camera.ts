import type { camera as en } from '../en/camera.ts'
import type { Translation } from '../translation-shape.ts'

export const camera = {
  denied: {
    title: '相機權限已被封鎖',
    body: '請在瀏覽器設定中允許此網站使用相機，然後再試；或改為上載相片。',
  },
  none: {
    title: '找不到相機',
    body: '此裝置沒有可用的相機。請上載身份證相片，或改用手機繼續。',
  },
  inUse: {
    title: '相機正被使用',
    body: '另一個應用程式或分頁正在使用相機。請關閉後再試，或上載相片。',
  },
  insecure: {
    title: '使用相機需要安全連線',
    body: '請以 HTTPS（或在 localhost）開啟此頁面以使用相機，或上載相片。',
  },
  overconstrained: {
    title: '這部相機未能拍攝',
    body: '相機無法以任何要求的解像度啟動。請再試、選擇另一部相機，或上載相片。',
  },
  ended: {
    title: '相機已停止',
    body: '相機已被關閉、拔除，或被另一個應用程式佔用。請再試，或上載相片。',
  },
  failed: {
    title: '未能啟動相機',
    body: '請再試，或改為上載身份證相片。',
  },
  retry: '再試相機',
  onPhone: {
    none: '此瀏覽器未能使用你手機的相機。請在下方從相簿選擇你身份證的相片；或在手機設定中為此瀏覽器開啟相機權限，或用另一個瀏覽器再次開啟連結。',
  },
} as const satisfies Translation<typeof en>
