// Public demo credentials the built-in emulator accepts when no real Tencent keys are configured.
// They are deliberately obvious so nobody mistakes them for a real secret; they open nothing at Tencent.

export const DEMO_SECRET_ID = 'AKIDemulatorDemoKeyNotARealTencentId00'
export const DEMO_SECRET_KEY = 'emulatorDemoSecretKeyNotARealTencentKey0'
