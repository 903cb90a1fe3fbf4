// Setup of the `unit` Vitest project: components render their later steps lazily (strings and chunks load on
// demand), which on a machine busy with other work takes longer than Testing Library's 1 s default. A `findBy…`
// waits up to 10 s for what it expects; a test whose element never appears still fails.
import { configure } from '@testing-library/dom'

configure({ asyncUtilTimeout: 10_000 })
