import type { customer as en } from '../en/customer.ts'
import type { Translation } from '../translation-shape.ts'

export const customer = {
  errors: {
    NOT_HKID: {
      title: '相片中找不到你的身份證',
      body: '請重新拍攝，讓身份證正面填滿框內，並且沒有任何遮擋。',
    },
    IMAGE_UNREADABLE: {
      title: '未能開啟這張相片',
      body: '請重新拍攝，或選擇另一張相片。',
    },
    IMAGE_BLURRY: {
      title: '相片太模糊',
      body: '請拿穩身份證和手機，讓身份證填滿框內，然後重新拍攝。',
    },
    IMAGE_TOO_LARGE: {
      title: '相片太大',
      body: '請用相機重新拍攝，或選擇較小的相片。',
    },
    RECOGNITION_FAILED: {
      title: '這次未能讀取你的身份證',
      body: '請再試一次。如仍然不成功，請到光線較充足的地方重新拍攝。',
    },
    BUSY: {
      title: '系統現正繁忙',
      body: '請稍等幾秒再試。你的相片已保留。',
    },
    SERVICE_UNAVAILABLE: {
      title: '暫時未能讀取身份證',
      body: '這是我們系統的問題，與你的相片無關。請稍後再試。',
    },
    UPSTREAM_TIMEOUT: {
      title: '讀取身份證時間過長',
      body: '讀取服務回應太慢，並非你的網絡問題。請再試一次；你的相片已保留。',
    },
    UPSTREAM_ERROR: {
      title: '暫時未能讀取你的身份證',
      body: '請稍後再試；你的相片已保留。',
    },
    UNSUPPORTED_TYPE: {
      title: '不能使用這類檔案',
      body: '請用相機拍攝，或選擇 JPEG 或 PNG 相片。',
    },
    EMPTY_BODY: {
      title: '未有收到你的相片',
      body: '請重新拍攝，或再選擇一次相片。',
    },
    UNAUTHORIZED: {
      title: '此連結已不能再使用',
      body: '連結已失效或已經使用過。請向發送連結給你的機構索取新連結；此頁面無須再做任何事。',
    },
    RATE_LIMITED: {
      title: '短時間內嘗試次數太多',
      body: '請等一分鐘後再試。你的相片已保留。',
    },
    REQUEST_TIMEOUT: {
      title: '傳送相片時間太長',
      body: '你的網絡可能較慢。請移到訊號較強的地方再試；你的相片已保留。',
    },
    TEMPORARILY_UNAVAILABLE: {
      title: '身份證讀取服務短暫暫停',
      body: '請一分鐘後再試；你的相片已保留。',
    },
    NOT_FOUND: {
      title: '我們的系統出現問題',
      body: '這不是你可以解決的問題。請稍後再試。',
    },
    METHOD_NOT_ALLOWED: {
      title: '我們的系統出現問題',
      body: '這不是你可以解決的問題。請稍後再試。',
    },
    INTERNAL_ERROR: {
      title: '我們的系統出現問題',
      body: '請再試一次；你的相片已保留。',
    },
    NETWORK: {
      title: '你似乎已離線',
      body: '請檢查 Wi-Fi 或流動數據，然後再試。你的相片已保留。',
    },
    INVALID_RESPONSE: {
      title: '我們的系統出現問題',
      body: '請再試一次。如問題持續，請稍後再試。',
    },
    COMPRESS_FAILED: {
      title: '未能使用這張相片',
      body: '請用相機重新拍攝，或選擇另一張相片。',
    },
    // Reading on the device (READ_ON=device|auto)
    DEVICE_READER_UNAVAILABLE: {
      title: '此手機暫時未能讀取你的身份證',
      body: '請稍後再試。如仍然不成功，請改用其他裝置繼續。你的相片已保留。',
    },
    DEVICE_READING_OFF: {
      title: '未能在此手機讀取你的身份證',
      body: '請再試一次：我們會改為替你讀取相片。',
    },
  },
  review: {
    heading: '核對你的資料',
    intro: '請與你的身份證比對。如有錯誤，請按該項並更正。',
    photoHint: '相片不太清晰。在光線較好的地方重新拍攝，可讓讀取更準確。',
    unresolved: {
      heading: '有些資料看來不正確',
      body: '請在上面更正，或重新拍攝。如你的身份證上確實是這樣，仍可提交資料，我們會再核對。',
    },
    send: '提交我的資料',
    retake: '重新拍攝',
  },
  sending: {
    heading: '正在傳送你的資料…',
    body: '請保持此頁面開啟，直至顯示我們已收到你的資料。',
  },
  sendFailed: {
    network: {
      title: '你的資料尚未傳送',
      body: '你似乎已離線。請檢查 Wi-Fi 或流動數據，然後再試一次。你的資料和相片已保留。',
    },
    busy: {
      title: '暫時未能接收你的資料',
      body: '系統現正繁忙。請等{{seconds}}秒後再試一次。你的資料和相片已保留。',
    },
    link: {
      title: '此連結已不能再傳送你的資料',
      body: '連結已失效或已經使用過。請向發送連結給你的機構索取新連結。',
    },
    ours: {
      title: '我們的系統出現問題',
      body: '你的資料尚未傳送。請再試一次；你的資料和相片已保留。如問題持續，請聯絡發送連結給你的機構。',
    },
    requestId: '請求編號：{{requestId}}',
    tryAgain: '再試一次',
    back: '返回我的資料',
  },
  noDestination: {
    title: '此連結尚未設定好',
    body: '此連結未能將你的資料傳送到任何地方，請暫時不要拍攝你的身份證。請聯絡發送連結給你的機構。',
  },
  done: {
    heading: '完成了，你可以關閉此頁面',
    received: '我們已收到你的資料。',
    receipt: '你的收據編號：',
    receiptHint: '如需聯絡我們，請提供此編號。',
    nextNothing: '你現在無須再做任何事。',
    nextStaff: '我們會核對你的資料，如需要其他資料會再聯絡你。',
  },
  discard: {
    title: '要重新拍攝嗎？',
    body: '你輸入的更正將會失去。',
    confirm: '重新拍攝',
    cancel: '保留我的更正',
  },
  fieldNotes: {
    missing: {
      idNum: '我們未能讀取你的身份證號碼。請按身份證上所示輸入，或重新拍攝相片。',
      name: '我們未能讀取你的姓名。請按身份證上所示輸入英文或中文姓名，或重新拍攝相片。',
      birthday: '我們未能讀取你的出生日期。請按身份證上所示輸入，或重新拍攝相片。',
      sex: '我們未能讀取你的性別。請按身份證上所示選擇，或重新拍攝相片。',
    },
    empty: '我們未能從相片讀取此項。如身份證上有此資料，請按所示輸入。',
    wrong: '此項看來不正確。請與身份證核對並更正，或重新拍攝相片。',
    unsure: '我們未能確定此項讀得正確。請與身份證核對。',
    card: '你的身份證有些地方需要再核對，我們會處理。',
  },
  needs: {
    heading: '我們仍需要一些資料',
    body: '缺少以下資料便無法傳送。請按身份證上所示輸入，或重新拍攝相片。',
  },
  readHere:
    '你的身份證由本服務自己的伺服器讀取，不會交給外間公司。你的相片只會連同你的資料，交給向你發出此連結的機構。',
  linkUsed: {
    title: '此連結不能再使用',
    body: '為保障你的安全，連結只可在首次開啟的頁面使用，重新載入頁面後便會失效。',
    next: '如你已傳送資料，便無須再做任何事；如尚未傳送，請向發出連結給你的機構索取新連結。',
  },
  // The box of what is still needed names each field once; the full note is at the field itself.
  needed: {
    idNum: '身份證號碼',
    name: '英文或中文姓名',
    birthday: '出生日期',
    sex: '性別',
  },
} as const satisfies Translation<typeof en>
