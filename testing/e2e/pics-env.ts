/** The first e2e app's collection statement settings: a business's own name and contact in both languages,
 * so e2e/customer-consent.spec.ts can look for them; the second app keeps the default wording. */
export const E2E_PICS = {
  PICS_BUSINESS_NAME: 'Harbour Demo Bank',
  PICS_BUSINESS_NAME_ZH_HK: '海港示範銀行',
  PICS_CONTACT: 'the Data Protection Officer, privacy@harbour.example',
  PICS_CONTACT_ZH_HK: '保障資料主任（privacy@harbour.example）',
} as const
