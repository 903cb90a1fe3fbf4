// zod's JIT probes `new Function` when a schema is built; under our CSP (no 'unsafe-eval') that probe is
// reported as a securitypolicyviolation even though zod catches it. Jitless mode skips the probe.
// zod keeps its config on globalThis.__zod_globalConfig and adopts an existing one, so this sets it without
// importing zod: zod then loads only with the steps that need it (see lazy-steps.tsx), not the first screen.
const host = globalThis as { __zod_globalConfig?: { jitless?: boolean } }
host.__zod_globalConfig = Object.assign(host.__zod_globalConfig ?? {}, { jitless: true })

export {}
