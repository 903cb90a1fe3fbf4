import type { recognizeErrors as en } from '../en/recognize-errors.ts'
import type { Translation } from '../translation-shape.ts'

export const recognizeErrors = {
  requestId: '請求編號：{{id}}',
  errors: {
    NOT_HKID: {
      title: '這看來不是香港身份證',
      body: '請確保證件正面填滿框內，沒有任何遮擋，然後重新拍攝。',
    },
    IMAGE_UNREADABLE: {
      title: '未能讀取相片',
      body: '相片可能已損壞。請重新拍攝或選擇另一個檔案。',
    },
    IMAGE_BLURRY: {
      title: '相片太模糊',
      body: '請拿穩證件和相機，讓證件填滿框內，然後重新拍攝。',
    },
    IMAGE_TOO_LARGE: {
      title: '相片太大',
      body: '請重新拍攝，或選擇較小的檔案。',
    },
    RECOGNITION_FAILED: {
      title: '這次未能讀取身份證',
      body: '請再試一次。如仍然失敗，請在光線較好的地方重新拍攝。',
    },
    BUSY: {
      title: '服務繁忙',
      body: '請稍等幾秒再試。你的相片已保留。',
    },
    SERVICE_UNAVAILABLE: {
      title: '身份證讀取服務未設定好',
      body: '此服務讀取身份證的設定有誤（金鑰或帳戶），修正前無論在這裏或在手機上都無法讀取身份證。請通知技術支援人員，並提供下方的請求編號；修正後請重新載入此頁。',
    },
    UPSTREAM_TIMEOUT: {
      title: '讀取身份證時間過長',
      body: '讀取服務回應太慢。請再試一次；你的相片已保留。',
    },
    UPSTREAM_ERROR: {
      title: '未能連接辨識服務',
      body: '請稍後再試；你的相片已保留。',
    },
    UNSUPPORTED_TYPE: {
      title: '不支援此檔案類型',
      body: '請使用身份證的 JPEG 或 PNG 相片。',
    },
    EMPTY_BODY: {
      title: '未有收到相片',
      body: '請重新拍攝或再次選擇檔案。',
    },
    UNAUTHORIZED: {
      title: '此連結已失效',
      body: '請索取新的拍攝連結以繼續。',
    },
    RATE_LIMITED: {
      title: '嘗試次數過多',
      body: '請等一分鐘後再試。你的相片已保留。',
    },
    REQUEST_TIMEOUT: {
      title: '傳送相片時間過長',
      body: '網絡可能較慢。請移到訊號較強的地方再試；你的相片已保留。',
    },
    TEMPORARILY_UNAVAILABLE: {
      title: '身份證讀取服務短暫暫停',
      body: '請一分鐘後再試；你的相片已保留。',
    },
    NOT_FOUND: {
      title: '此服務的設定有誤',
      body: '修正前無法讀取身份證。請通知技術支援人員，並提供下方的請求編號；修正後請重新載入此頁。',
    },
    METHOD_NOT_ALLOWED: {
      title: '此服務的設定有誤',
      body: '修正前無法讀取身份證。請通知技術支援人員，並提供下方的請求編號；修正後請重新載入此頁。',
    },
    INTERNAL_ERROR: { title: '系統出現問題', body: '請再試一次；你的相片已保留。' },
    INVALID_RESPONSE: {
      title: '未能理解伺服器的回應',
      body: '請再試一次。如問題持續，請通知技術支援人員。',
    },
    COMPRESS_FAILED: {
      title: '未能處理相片',
      body: '檔案可能已損壞，或此瀏覽器無法開啟該格式。請重新拍攝或選擇另一個檔案。',
    },
    // Reading on the device (READ_ON=device|auto)
    DEVICE_READER_UNAVAILABLE: {
      title: '此瀏覽器暫時未能讀取身份證',
      body: '未能在此瀏覽器載入讀卡功能。請稍後再試，或改用手機繼續。相片已保留。',
    },
    DEVICE_READING_OFF: {
      title: '未能在此瀏覽器讀取身份證',
      body: '請再試一次：相片會改由我們的服務讀取。',
    },
  },
  // Reading on the device: shown only when the reader is still arriving as the card is read
  deviceReader: {
    preparing: '正在準備讀卡功能…{{percent}}%',
  },
} as const satisfies Translation<typeof en>
