// zod's JIT probes `new Function` on first use; under our CSP (no 'unsafe-eval') that probe is reported as a
// securitypolicyviolation even though zod catches it. Jitless mode skips the probe.
import { z } from 'zod'

z.config({ jitless: true })
