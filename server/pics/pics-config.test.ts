import { describe, expect, it } from 'vitest'
import { clientConfigSchema } from '#src/hkid/client-config.ts'
import { createApp } from '../app.ts'
import { appOptionsFromConfig } from '../app-options.ts'
import { loadConfig, type ServerConfig } from '../config.ts'
import { unreachableTencent } from '#testing/server/unreachable-tencent.ts'

function configFrom(env: Record<string, string>): ServerConfig {
  const loaded = loadConfig(env)
  if (!loaded.ok) throw new Error(loaded.problems.join('; '))
  return loaded.config
}

function problemsOf(env: Record<string, string>): string[] {
  const loaded = loadConfig(env)
  return loaded.ok ? [] : loaded.problems
}

describe('the collection statement’s settings', () => {
  it('leave every part to the default wording when unset, with the card read on this server', () => {
    expect(appOptionsFromConfig(configFrom({})).pics).toEqual({
      businessName: null,
      purpose: null,
      transferees: null,
      contact: null,
      version: null,
      cardReader: 'local',
    })
  })

  it('say Tencent Cloud reads the card when its keys are set', () => {
    const keys = {
      TENCENTCLOUD_SECRET_ID: 'AKIDrealish',
      TENCENTCLOUD_SECRET_KEY: 'super-secret-key-value',
      ALLOW_ANONYMOUS: '1',
    }
    expect(appOptionsFromConfig(configFrom(keys)).pics?.cardReader).toBe('tencent')
  })

  it('use one wording in both languages unless the Traditional Chinese one is given', () => {
    const pics = appOptionsFromConfig(
      configFrom({
        PICS_BUSINESS_NAME: '  Harbour Bank Limited ',
        PICS_BUSINESS_NAME_ZH_HK: '海港銀行有限公司',
        PICS_CONTACT: 'Data Protection Officer, privacy@harbour.example',
        PICS_PURPOSE_ZH_HK: '開立戶口',
        PICS_VERSION: 'PICS-2026-12',
      }),
    ).pics
    expect(pics).toMatchObject({
      businessName: { en: 'Harbour Bank Limited', 'zh-HK': '海港銀行有限公司' },
      contact: {
        en: 'Data Protection Officer, privacy@harbour.example',
        'zh-HK': 'Data Protection Officer, privacy@harbour.example',
      },
      purpose: { en: '開立戶口', 'zh-HK': '開立戶口' },
      transferees: null,
      version: 'PICS-2026-12',
    })
  })

  it('refuse a line break, an overlong part or an odd version, naming the setting and not its text', () => {
    const problems = problemsOf({
      PICS_PURPOSE: 'secret purpose\nsecond line',
      PICS_BUSINESS_NAME: 'B'.repeat(101),
      PICS_VERSION: 'v 1',
    })
    expect(problems.map((line) => line.split(':')[0]).sort()).toEqual([
      'PICS_BUSINESS_NAME',
      'PICS_PURPOSE',
      'PICS_VERSION',
    ])
    expect(problems.join('\n')).not.toContain('secret purpose')
  })

  it('reach the browser through GET /api/client-config', async () => {
    const options = appOptionsFromConfig(
      configFrom({ PICS_BUSINESS_NAME: 'Harbour Bank', PICS_CONTACT: 'dpo@x.example' }),
    )
    const app = createApp({
      ...options,
      recognizer: unreachableTencent(100),
      logSink: () => undefined,
    })
    const body = clientConfigSchema.parse(await (await app.request('/api/client-config')).json())
    expect(body.pics?.businessName?.['zh-HK']).toBe('Harbour Bank')
    expect(body.pics?.contact?.en).toBe('dpo@x.example')
  })
})
