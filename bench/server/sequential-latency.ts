// docs/budgets.md's "endpoint overhead (sniff + base64 + sign + forward), 1 MB image, vs calling the upstream
// directly": one request at a time, so nothing queues and the difference is the endpoint's own work.
// Direct and proxied calls alternate, so a neighbour's load on the shared cores hits both alike.
import { Agent, request } from 'node:http'

export interface SequentialCall {
  url: string
  headers: Record<string, string>
  body: Buffer
}

export interface SequentialLatency {
  samples: number
  directP50Ms: number
  oursP50Ms: number
  /** p50 of (ours − direct) over adjacent pairs: robust to drift in the machine's load. */
  addedP50Ms: number
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 })

function timedPost(call: SequentialCall): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = request(call.url, { method: 'POST', headers: call.headers, agent }, (res) => {
      res.on('data', () => undefined)
      res.on('end', () =>
        res.statusCode === 200
          ? resolve(performance.now() - started)
          : reject(new Error(`${call.url} answered ${res.statusCode}`)),
      )
    })
    req.on('error', reject)
    req.end(call.body)
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export async function sequentialLatency(
  direct: SequentialCall,
  ours: SequentialCall,
  samples: number,
): Promise<SequentialLatency> {
  for (let i = 0; i < 20; i++) await Promise.all([timedPost(direct), timedPost(ours)]) // warm-up
  const directMs: number[] = []
  const oursMs: number[] = []
  for (let i = 0; i < samples; i++) {
    // Alternate which goes first, so neither always follows the other's garbage collection.
    if (i % 2) {
      directMs.push(await timedPost(direct))
      oursMs.push(await timedPost(ours))
    } else {
      oursMs.push(await timedPost(ours))
      directMs.push(await timedPost(direct))
    }
  }
  const round = (value: number) => Number(value.toFixed(2))
  return {
    samples,
    directP50Ms: round(median(directMs)),
    oursP50Ms: round(median(oursMs)),
    addedP50Ms: round(median(oursMs.map((value, i) => value - directMs[i]!))),
  }
}
