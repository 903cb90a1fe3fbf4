import type { photo as en } from '../en/photo.ts'
import type { Translation } from '../translation-shape.ts'

export const photo = {
  setting: {
    label: '逐張檢查相片',
    hint: '傳送前先顯示每張相片。',
  },
  connection: {
    slow: '仍在等候回覆，網絡可能較慢。',
    waiting: '正在等候網絡連線…',
  },
  stall: {
    held: '仍未拍到：{{reason}}',
    dark: '光線太暗，拍不清楚。',
    noCard: '找不到身份證的邊緣。',
    far: '身份證在畫面中太小。',
    corners: '有東西遮住了證件的一角。',
    glare: '有反光遮住了部分證件。',
    bright: '光線太強，字體變淡了。',
    blur: '畫面不夠清晰。',
    moving: '相機一直在晃動。',
    invite: '你可以現在自行拍照。',
    inviteChecked: '你可以現在自行拍照，傳送前會先讓你檢查相片。',
    takeNow: '現在拍照',
  },
  viewer: {
    alt: '身份證相片',
    enlarge: '放大身份證相片',
    enlargeShort: '放大',
    zoomIn: '放大',
    zoomOut: '縮小',
    close: '關閉',
  },
  check: {
    heading: '檢查你的相片',
    intro: '這是將會傳送的相片。使用前請確認：',
    sharp: '字體清晰，看得清楚',
    corners: '身份證四角都在相片內',
    glare: '沒有反光或陰影遮住證件任何部分',
    useThis: '使用這張相片',
    retake: '重新拍攝',
    chooseAnother: '選擇另一張相片',
  },
  problems: {
    heading: '這張相片未必能讀取',
    noCard: '相片中找不到身份證。',
    blur: '相片看來模糊。',
    glare: '有反光遮住了部分證件。',
    dark: '相片太暗。',
    bright: '相片太光，字體被洗淡了。',
    corners: '證件有一角被遮住或不在相片內。',
    adviceCamera: '重新拍攝效果最好，但你仍可使用這張。',
    adviceFile: '選擇另一張效果最好，但你仍可使用這張。',
    useAnyway: '仍然使用',
  },
  waiting: {
    early: '通常需時數秒。',
    late: '仍在處理中，需時比平常長。你可以繼續等候，或按「取消」。',
  },
} as const satisfies Translation<typeof en>
