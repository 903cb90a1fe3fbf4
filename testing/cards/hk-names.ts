// Names for synthetic cardholders, in Hong Kong Government Cantonese romanisation as HKIDs print them. The
// combinations are random, so any resemblance to a real person is chance; every card is stamped SPECIMEN.
// Every Chinese character here has exactly one Taiwan telegraph code in src/hkid/telecode-data (tested).

export interface Surname {
  zh: string
  /** English spellings, the usual one first */
  en: readonly string[]
  weight: number
}

/** A given-name character and its syllable, e.g. { zh: '大', en: 'Tai' }. */
export interface Syllable {
  zh: string
  en: string
}

/** `陳 CHAN 8; 李 LEE/LI 6; 歐陽 AU YEUNG/AUYEUNG 3` → surnames. Kept as text so the table stays compact. */
function surnames(table: string): Surname[] {
  return table
    .split(';')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^(\S+) ([A-Z /]+) (\d+)$/.exec(entry)
      if (!match) throw new Error(`hk-names: bad surname entry "${entry}"`)
      return { zh: match[1]!, en: match[2]!.split('/'), weight: Number(match[3]) }
    })
}

/** `大Tai 文Man` → syllables. */
function syllables(table: string): Syllable[] {
  return table
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const match = /^(\p{Script=Han})([A-Z][a-z]+)$/u.exec(token)
      if (!match) throw new Error(`hk-names: bad syllable "${token}"`)
      return { zh: match[1]!, en: match[2]! }
    })
}

export const SURNAMES: readonly Surname[] = surnames(`
  陳 CHAN 8; 李 LEE/LI 6; 張 CHEUNG 5; 黃 WONG 6; 王 WONG 2; 林 LAM 4; 劉 LAU 4; 吳 NG 3; 梁 LEUNG 4; 何 HO 3;
  鄭 CHENG 2; 郭 KWOK 2; 楊 YEUNG 2; 馬 MA 2; 羅 LAW/LO 2; 周 CHOW 2; 麥 MAK 2; 胡 WU 1; 蔡 CHOI/TSOI 2; 謝 TSE 2;
  葉 YIP 2; 朱 CHU 1; 曾 TSANG 2; 蘇 SO 1; 盧 LO 1; 余 YU 1; 彭 PANG 1; 潘 POON 1; 袁 YUEN 1; 許 HUI 1; 馮 FUNG 1;
  區 AU 1; 關 KWAN 1; 岑 SHUM 1; 石 SHEK 1; 莫 MOK 1; 黎 LAI 1; 廖 LIU 1; 鄺 KWONG 1; 姚 YIU 1; 嚴 YIM 1; 溫 WAN 1;
  蕭 SIU 1; 韋 WAI 1; 龐 PONG 1; 雷 LUI 1; 杜 TO 1; 邱 YAU 1; 卓 CHEUK 1; 簡 KAN 1; 鮑 PAU 1; 薛 SIT 1; 湯 TONG 1;
  譚 TAM 3; 蔣 CHEUNG 2; 鍾 CHUNG 3; 龔 KUNG 2; 鄧 TANG 3; 冼 SIN 2; 禤 HUEN 2; 鄔 WU 1; 繆 MAU 1; 饒 YIU 1;
  甄 YAN 1; 聶 NIP 1; 闞 HAM 1;
  歐陽 AU YEUNG/AUYEUNG 3; 司徒 SZETO/SZE TO 3; 上官 SHEUNG KOON 1; 諸葛 CHU KOT 1;
`)

export const GIVEN_MALE: readonly Syllable[] = syllables(`
  大Tai 文Man 偉Wai 明Ming 志Chi 強Keung 國Kwok 華Wa 輝Fai 健Kin 俊Chun 傑Kit 浩Ho 耀Yiu 宇Yu 朗Long
  振Chun 銘Ming 鴻Hung 錦Kam 德Tak 榮Wing 雄Hung 漢Hon 基Kei 達Tat 光Kwong 仁Yan 柏Pak 晉Chun 軒Hin 諾Lok
  霆Ting 駿Chun 智Chi 兆Siu 坤Kwan 富Fu 貴Kwai 福Fook 祥Cheung 添Tim 發Fat 成Shing 順Shun 昌Cheong 泰Tai
  炳Ping 錫Sek
`)

export const GIVEN_FEMALE: readonly Syllable[] = syllables(`
  美Mei 玲Ling 麗Lai 芳Fong 慧Wai 敏Man 雅Nga 婷Ting 穎Wing 靜Ching 潔Kit 秀Sau 鳳Fung 寶Po 珍Chun 淑Suk
  儀Yee 碧Pik 翠Chui 綺Yee 琪Kei 倩Sin 佩Pui 詩Sze 欣Yan 凱Hoi 蕙Wai 愛Oi 月Yuet 嬌Kiu 妹Mui 蓮Lin 桂Kwai
  娟Kuen 燕Yin 霞Ha 瑩Ying 晴Ching 彤Tung 心Sum 蕾Lui 瑜Yu 晞Hei 嵐Lam 苑Yuen 琳Lam
`)

export const GIVEN_EITHER: readonly Syllable[] = syllables(`
  家Ka 子Tsz 嘉Ka 君Kwan 思Sze 永Wing 曉Hiu 卓Cheuk 天Tin 詠Wing 樂Lok 熙Hei 小Siu 少Siu 金Kam 好Ho
`)

/** English given names some holders add after their Chinese given name (`CHAN, Tai Man David`). */
export const WESTERN_MALE =
  'David Peter Michael Kelvin Eric Jason Kenneth Raymond Alan Tommy Ivan Ryan'.split(' ')
export const WESTERN_FEMALE =
  'Karen Michelle Mandy Winnie Cherry Natalie Joyce Vivian Janice Fiona Gigi'.split(' ')

export interface NonChineseName {
  surname: string
  male: readonly string[]
  female: readonly string[]
}

/** Holders with no Chinese name: the card has no Chinese line and no telecode line. */
export const NON_CHINESE: readonly NonChineseName[] = [
  { surname: 'SMITH', male: ['John Michael', 'Thomas'], female: ['Anna', 'Sarah Jane'] },
  { surname: 'SINGH', male: ['Harpreet', 'Gurpreet'], female: ['Manpreet Kaur', 'Simran'] },
  { surname: 'KHAN', male: ['Imran', 'Ali Raza'], female: ['Aisha', 'Sana'] },
  { surname: 'SANTOS', male: ['Jose Miguel', 'Paolo'], female: ['Maria Cristina', 'Jocelyn Mae'] },
  { surname: 'DELA CRUZ', male: ['Mark Anthony', 'Rodel'], female: ['Maria Luisa', 'Analyn'] },
  { surname: 'SHARMA', male: ['Rohan', 'Rajesh Kumar'], female: ['Priya', 'Anjali'] },
  { surname: 'GURUNG', male: ['Bikram', 'Suman'], female: ['Sita', 'Maya'] },
  { surname: 'NGUYEN', male: ['Van An', 'Minh Duc'], female: ['Thi Lan', 'Ngoc Anh'] },
  { surname: 'TANAKA', male: ['Hiroshi', 'Kenji'], female: ['Yuki', 'Aiko'] },
  { surname: 'MULLER', male: ['Stefan', 'Lukas'], female: ['Katrin', 'Julia'] },
  { surname: 'FERNANDES', male: ['Carlos', 'Rui'], female: ['Ines', 'Beatriz'] },
  { surname: 'WIJAYA', male: ['Budi', 'Agus'], female: ['Siti Rahayu', 'Dewi'] },
]
