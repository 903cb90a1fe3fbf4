// Public demo credentials the emulator accepts (tests, `npm run emulator`): the app sends them as Tencent keys.
// They are deliberately obvious so nobody mistakes them for a real secret; they open nothing at Tencent.

export const DEMO_SECRET_ID = 'AKIDemulatorDemoKeyNotARealTencentId00'
export const DEMO_SECRET_KEY = 'emulatorDemoSecretKeyNotARealTencentKey0'
