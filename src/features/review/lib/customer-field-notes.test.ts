import { describe, expect, it } from 'vitest'
import { finding } from '#src/hkid/finding.ts'
import { customerNotes, missingForCustomer } from './customer-field-notes.ts'

const filled = {
  idNum: 'A123456(3)',
  enName: 'CHAN, Tai Man',
  cnName: '',
  birthday: '01-01-1990',
  sex: 'M' as const,
}

describe('missingForCustomer', () => {
  it('asks for nothing when the number, a name, the date of birth and the sex are there', () => {
    expect(missingForCustomer(filled)).toEqual([])
    expect(missingForCustomer({ ...filled, enName: '', cnName: '陳大文' })).toEqual([])
  })

  it('names each need still empty, in order; blanks count as empty, and sex must be M or F', () => {
    expect(missingForCustomer({ idNum: ' ', enName: '', cnName: '', birthday: '', sex: '' })).toEqual([
      'idNum',
      'name',
      'birthday',
      'sex',
    ])
    expect(missingForCustomer({ ...filled, birthday: '  ' })).toEqual(['birthday'])
  })
})

describe('customerNotes', () => {
  it('one note per field: what is missing before what is wrong before what is unsure', () => {
    const notes = customerNotes(
      [
        finding('FIELD_UNCERTAIN', 'birthday'),
        finding('REQUIRED_FIELD_EMPTY', 'birthday'),
        finding('FIELD_UNCERTAIN', 'idNum'),
        finding('ID_CHECK_DIGIT', 'idNum'),
        finding('NAME_CHAR_UNCONFIRMED', 'cnName'),
        finding('TELECODE_UNKNOWN', 'cnName'),
      ],
      ['birthday'],
    )
    expect(Object.fromEntries([...notes].map(([field, note]) => [field, note.kind]))).toEqual({
      birthday: 'missing',
      idNum: 'wrong',
      cnName: 'unsure',
    })
    expect(notes.get('birthday')).toMatchObject({ need: 'birthday', code: 'REQUIRED_FIELD_EMPTY' })
    expect(notes.get('idNum')?.code).toBe('ID_CHECK_DIGIT')
  })

  it('a missing name stands under the English name; a field not needed but empty is only "not read"', () => {
    const notes = customerNotes([finding('FIELD_EMPTY', 'currentIssueDate')], ['name'])
    expect(notes.get('enName')).toMatchObject({ kind: 'missing', need: 'name' })
    expect(notes.get('currentIssueDate')?.kind).toBe('empty')
    expect(notes.has('cnName')).toBe(false)
  })

  it('says nothing of findings that only inform, nor of the card as a whole', () => {
    const notes = customerNotes([finding('SYMBOL_UNKNOWN', 'symbol'), finding('OLD_CARD_INVALID', null)], [])
    expect(notes.size).toBe(0)
  })
})
