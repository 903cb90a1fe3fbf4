import type { capture as en } from '../en/capture.ts'
import type { Translation } from '../translation-shape.ts'

export const capture = {
  heading: '拍攝身份證',
  instructions: '請把身份證正面朝上，平放在深色表面，對準框內，光線要均勻。',
  shutter: '拍照',
  startingCamera: '正在開啟相機…',
  uploadInstead: '改為上載相片',
  uploadHeading: '上載身份證相片',
  uploadHint: '支援 JPEG、PNG、WebP 或 HEIC。可把檔案拖放到這裏、貼上，或選擇檔案。',
  chooseFile: '選擇檔案',
  dropHere: '放開以使用這張相片',
  checkingFile: '正在開啟相片…',
  useCamera: '使用相機',
  guidance: {
    label: '拍攝提示',
    measuring: '正在檢查畫面…',
    dark: '光線不足，請加強照明',
    noCard: '請把身份證放在框內',
    far: '請移近一點',
    glare: '請稍為傾斜身份證以避開反光',
    blur: '畫面模糊，請保持穩定',
    moving: '請保持穩定',
    ready: '請保持穩定，正在拍照',
    readyManual: '畫面清晰，可以拍照',
    countdown_one: '{{count}} 秒後拍照',
    countdown_other: '{{count}} 秒後拍照',
    meterUnavailable: '此瀏覽器未能即時檢查畫面。請在身份證清晰時拍照。',
  },
  hints: {
    dark: '請開燈或移近窗邊。',
    noCard: '請把身份證平放，四邊都在白框內。',
    far: '請把相機移近，直至身份證填滿框內。',
    glare: '有光點遮住部分證件。請稍為傾斜，或遠離燈光。',
    blur: '請讓相機和身份證保持靜止片刻。',
    moving: '請讓相機和身份證保持靜止片刻。',
  },
  settings: {
    autoCapture: '自動拍攝',
    autoCaptureHint: '身份證清晰穩定時會自動拍照。',
    camera: '相機',
    torchOn: '開啟閃光燈',
    torchOff: '關閉閃光燈',
  },
  shortcuts: {
    heading: '鍵盤快捷鍵',
    capture: '拍照',
    autoCapture: '開啟或關閉自動拍攝',
    upload: '改為上載相片',
    or: '或',
  },
  camera: {
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
  },
  otherDevice: {
    heading: '改用手機繼續',
    body: '用手機相機掃描此 QR 碼，或在有相機的裝置上開啟連結。',
    copy: '複製連結',
    copied: '已複製連結',
    qrAlt: '此頁面連結的 QR 碼',
  },
  fileNotImage: '無法讀取此檔案。請選擇 JPEG、PNG、WebP 或 HEIC 相片。',
  heicUnsupported:
    '此瀏覽器無法開啟 HEIC 相片。在 iPhone 上可把「相機 › 格式」設為「最相容」，或以 JPEG 分享相片，然後再試。',
  fileTooLarge: '檔案超過 {{limit}} MB。請選擇較小的相片，或用相機拍攝。',
  fileUnreadable: '無法開啟這張相片，檔案可能已損壞。請選擇另一張。',
} as const satisfies Translation<typeof en>
