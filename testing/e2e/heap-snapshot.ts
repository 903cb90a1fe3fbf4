// Questions about a V8 heap snapshot (the .heapsnapshot JSON Node writes): which strings are alive, and
// which ArrayBuffer backing stores of a given size. Taken after a full GC, so only what is still held counts.

interface SnapshotJson {
  snapshot: { meta: { node_fields: string[] } }
  nodes: number[]
  strings: string[]
}

export class HeapSnapshot {
  readonly #json: SnapshotJson

  constructor(json: unknown) {
    this.#json = json as SnapshotJson
    if (!Array.isArray(this.#json.strings) || !Array.isArray(this.#json.nodes)) {
      throw new Error('not a heap snapshot')
    }
  }

  /** Whether any string in the heap contains `text`. */
  holdsString(text: string): boolean {
    return this.#json.strings.some((string) => string.includes(text))
  }

  /** How many ArrayBuffer backing stores of exactly `bytes` bytes the heap holds. */
  arrayBuffersOfSize(bytes: number): number {
    const fields = this.#json.snapshot.meta.node_fields
    const width = fields.length
    const name = fields.indexOf('name')
    const size = fields.indexOf('self_size')
    const { nodes, strings } = this.#json
    let count = 0
    for (let i = 0; i < nodes.length; i += width) {
      if (nodes[i + size] === bytes && strings[nodes[i + name]!] === 'system / JSArrayBufferData') count++
    }
    return count
  }
}
