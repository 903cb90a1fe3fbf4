// 客戶開始前的簡介及收集個人資料聲明（《私隱條例》保障資料第1原則）。機構的設定（PICS_*）取代預設字句。
import type { consent as en } from '../en/consent.ts'
import type { Translation } from '../translation-shape.ts'

export const consent = {
  heading: '開始之前',
  lead: '你會在此頁完成以下步驟：',
  steps: {
    photo: '拍攝你的香港身份證正面。',
    check: '核對我們從證上讀取的資料，如有需要可作更正。',
    send: '把資料傳送給{{business}}。',
  },
  pics: {
    heading: '收集個人資料聲明',
    collected: {
      heading: '收集的資料',
      text: '你的身份證相片及證上資料：姓名、身份證號碼、出生日期、性別、證件上的日期及你的相片。',
    },
    purpose: {
      heading: '收集目的',
      text: '為{{business}}核實你的身分，並保存已核實身分的紀錄。',
    },
    transferees: {
      heading: '資料可能轉交的對象',
      text: '{{business}}的職員；其用作核對身份證的服務提供者；以及在法律要求時的監管機構或執法機關。',
      textTencent:
        '{{business}}的職員；其用作核對身份證的服務提供者，包括讀取你身份證相片的騰訊雲；以及在法律要求時的監管機構或執法機關。',
    },
    voluntary: {
      heading: '是否必須提供',
      text: '你可自行決定是否提供。如不提供，{{business}}將無法以此方式核實你的身分；請向{{contact}}查詢其他方法。',
    },
    access: {
      heading: '查閱及改正資料',
      text: '根據《個人資料（私隱）條例》，你有權要求查閱及改正你的個人資料。請向{{contact}}提出。',
    },
  },
  defaultBusiness: '向你發出此連結的機構',
  defaultContact: '向你發出此連結的人',
  agree: '我已閱讀「收集個人資料聲明」，並同意按聲明所述收集及使用我的資料。',
  continue: '繼續',
  agreeFirst: '請先剔選上面的方格，然後繼續。',
} as const satisfies Translation<typeof en>
