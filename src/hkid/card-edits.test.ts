import { describe, expect, it } from 'vitest'
import { cardAsText, listEdits } from './card-edits.ts'
import type { CardFields } from './recognize-contract.ts'
import { HAND_WRITTEN_CARD } from '#testing/cards/hand-written-card.ts'

const card: CardFields = HAND_WRITTEN_CARD

describe('card edits', () => {
  it('writes sex and permanent as the text a person chooses, unknown as empty', () => {
    expect(cardAsText(card)).toMatchObject({ sex: 'M', permanent: 'yes' })
    expect(cardAsText({ ...card, sex: null, permanent: false })).toMatchObject({ sex: '', permanent: 'no' })
    expect(cardAsText({ ...card, permanent: null }).permanent).toBe('')
  })

  it('lists each changed field once, from → to, in the form’s order', () => {
    const before = cardAsText(card)
    const after = { ...before, permanent: '' as const, sex: 'F' as const, idNum: 'A123456(4)' }
    expect(listEdits(before, after)).toEqual([
      { field: 'idNum', from: 'A123456(3)', to: 'A123456(4)' },
      { field: 'sex', from: 'M', to: 'F' },
      { field: 'permanent', from: 'yes', to: '' },
    ])
    expect(listEdits(before, { ...before })).toEqual([])
  })
})
