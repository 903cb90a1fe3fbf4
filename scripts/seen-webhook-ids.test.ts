// The file of handled webhook-ids: what one instance added, the next one opened on the same file knows; a line
// a crash cut short and ids past the sender's retention are dropped when it opens.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SEEN_KEEP_DAYS, SeenWebhookIds } from './seen-webhook-ids.ts'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const seenFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'seen-ids-'))
  dirs.push(dir)
  return join(dir, 'seen-webhook-ids.jsonl')
}
const DAY_MS = 24 * 60 * 60 * 1000

describe('SeenWebhookIds', () => {
  it('knows after a reopen what it added before, and only that', () => {
    const path = seenFile()
    const first = new SeenWebhookIds(path)
    expect(first.has('msg_a')).toBe(false)
    first.add('msg_a')
    first.add('msg with "quotes" and spaces')
    expect(first.has('msg_a')).toBe(true)
    first.close()
    const second = new SeenWebhookIds(path)
    expect(second.has('msg_a')).toBe(true)
    expect(second.has('msg with "quotes" and spaces')).toBe(true)
    expect(second.has('msg_b')).toBe(false)
    second.close()
  })

  it('drops a line cut short and ids older than it keeps, and appends after them cleanly', () => {
    const path = seenFile()
    let now = Date.parse('2026-12-07T10:00:00Z')
    const first = new SeenWebhookIds(path, () => now)
    first.add('msg_old')
    now += 10 * DAY_MS
    first.add('msg_recent')
    first.close()
    appendFileSync(path, '["msg_torn", 17')
    now += (SEEN_KEEP_DAYS - 5) * DAY_MS
    const second = new SeenWebhookIds(path, () => now)
    expect([second.has('msg_old'), second.has('msg_recent'), second.has('msg_torn')]).toEqual([
      false,
      true,
      false,
    ])
    second.add('msg_new')
    second.close()
    expect(
      readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      ['msg_recent', now - (SEEN_KEEP_DAYS - 5) * DAY_MS],
      ['msg_new', now],
    ])
  })
})
