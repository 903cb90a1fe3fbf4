// The emulator's specimen card as our contract has it (normalized exactly as a recognition would be), for unit
// tests that need a whole, valid card to vary one field of.
import type { CardFields } from '#src/hkid/recognize-contract.ts'
import { SPECIMEN_CARD } from '#server/emulator/specimen-card.ts'
import { normalizeHkidOcr } from '#src/hkid/normalize-card.ts'

export const SPECIMEN_FIELDS: CardFields = normalizeHkidOcr({ ...SPECIMEN_CARD, RequestId: 'specimen' }).card
