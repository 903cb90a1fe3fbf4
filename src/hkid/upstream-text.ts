// Every string the upstream sends that can reach a log line or the browser passes through here: bounded in
// length and stripped to what such a value can look like, so a hostile or broken upstream cannot write a
// 10 MB log line, forge log fields, or smuggle control and bidi characters into the review form.

const UPSTREAM_CODE = /^[A-Za-z][A-Za-z0-9.]{0,79}$/
const REQUEST_ID = /^[A-Za-z0-9-]{1,64}$/
// C0/C1 controls, zero-width and bidi overrides: nothing a card field holds, and they can disguise one.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

/** Longest card field kept: the longest real one (an English name) is well under it. */
export const MAX_CARD_TEXT = 200

/** A Tencent error code (`FailedOperation.NoHKIDCard`), or a fixed marker when it does not look like one. */
export function safeUpstreamCode(code: string): string {
  return UPSTREAM_CODE.test(code) ? code : 'unrecognised-code'
}

/** The upstream's RequestId (a UUID at Tencent) when it looks like one, else undefined. */
export function safeRequestId(id: string | null | undefined): string | undefined {
  return id && REQUEST_ID.test(id) ? id : undefined
}

export function safeCardText(value: string | null | undefined): string {
  return (value ?? '').replace(INVISIBLE, '').trim().slice(0, MAX_CARD_TEXT)
}

/** Base64 image text when it is only that (the reply cap already bounds its length), else empty. */
export function safeBase64Image(value: string | null | undefined): string {
  const text = (value ?? '').trim()
  return BASE64.test(text) ? text : ''
}
