import type { handoff as en } from '../en/desk-handoff.ts'
import type { Translation } from '../translation-shape.ts'

export const handoff = {
  desk: {
    heading: '改用手機繼續',
    intro: '請客戶用手機相機掃描此 QR 碼。客戶在手機上拍攝後，資料會傳回這裏讓你核對。',
    making: '正在產生 QR 碼…',
    qrAlt: '在手機上開啟拍攝的 QR 碼',
    link: '或在手機上開啟此連結',
    copy: '複製連結',
    copied: '已複製連結',
    expiresAt: '此 QR 碼在{{time}}前有效。',
    status: {
      waiting: '正在等待手機開啟 QR 碼…',
      opened: '手機已開啟 QR 碼，正在等待相片…',
      received: '已收到手機傳來的資料。',
    },
    steps: {
      scan: '客戶用手機掃描 QR 碼。',
      photo: '客戶在手機上拍攝身份證。',
      review: '資料會在這裏開啟，讓你核對。',
    },
    refused: '另一部手機嘗試開啟此 QR 碼，已被拒絕。如客戶的手機顯示 QR 碼已被使用，請產生新的 QR 碼。',
    reconnecting: '連線中斷，正在重新連接… QR 碼失效前，手機傳來的資料會一直保留。',
    expired: {
      title: '此 QR 碼已失效',
      body: 'QR 碼只在幾分鐘內有效。請為客戶產生新的 QR 碼。',
    },
    startFailed: {
      title: '未能產生 QR 碼',
      body: '請檢查網絡連線後再試。',
      unauthorized: '此櫃位的連結已失效或不允許使用手機。請索取新的櫃位連結。',
    },
    unreadable: {
      title: '未能開啟手機傳來的資料',
      body: '資料在傳送途中損壞。請產生新的 QR 碼並重新拍攝。',
    },
    phoneFailed: {
      title: '手機未能讀取身份證',
      body: '暫時未能讀取身份證。請在櫃位拍攝，或稍後再產生新的 QR 碼。',
    },
    newCode: '產生新的 QR 碼',
    cancel: '改為在櫃位拍攝',
  },
  phone: {
    connecting: '正在連接櫃位…',
    sending: '正在把你的資料傳送到櫃位…',
    waitingDesk: '已傳送，正在等待櫃位接收你的資料…',
    done: {
      heading: '完成了，請返回櫃位',
      body: '櫃位職員已收到你的資料，會與你一起核對。',
      close: '你可以關閉此頁面。',
    },
    expired: {
      title: '此 QR 碼已失效',
      body: 'QR 碼只在幾分鐘內有效。請向櫃位職員索取新的 QR 碼。',
    },
    inUse: {
      title: '此 QR 碼已在另一部手機上開啟',
      body: '每個 QR 碼只可在一部手機上使用。請向櫃位職員索取新的 QR 碼。',
    },
    closed: {
      title: '櫃位已停止等待',
      body: '櫃位已關閉此 QR 碼，你的資料未有傳送。請返回櫃位。',
    },
    lost: {
      title: '此頁面與櫃位的連結已中斷',
      body: '重新載入頁面會中斷連結。請向櫃位職員索取新的 QR 碼。',
    },
    offline: {
      title: '沒有網絡連線',
      body: '請檢查 Wi-Fi 或流動數據，然後再試。你的相片已保留。',
    },
    unavailable: {
      title: '暫時未能讀取身份證',
      body: '這是我們系統的問題，與你的相片無關。請返回櫃位，職員會協助你。',
    },
    tryAgain: '再試一次',
  },
} as const satisfies Translation<typeof en>
