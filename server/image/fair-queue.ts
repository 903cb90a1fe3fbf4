// The worker pool's waiting line, shared fairly among its owners (a client address): the next task is taken from
// each owner in turn, so an owner with many tasks queued delays another's next task by at most one of its own,
// however many it sent. Tasks without an owner share one turn.

export class FairQueue<T> {
  readonly #lanes = new Map<string, T[]>()
  /** Owners in the order their turns come; an owner whose lane empties leaves it. */
  readonly #turns: string[] = []
  #size = 0

  get size(): number {
    return this.#size
  }

  /** Tasks of this owner waiting. */
  waiting(owner: string): number {
    return this.#lanes.get(owner)?.length ?? 0
  }

  push(owner: string, item: T): void {
    let lane = this.#lanes.get(owner)
    if (!lane) {
      this.#lanes.set(owner, (lane = []))
      this.#turns.push(owner)
    }
    lane.push(item)
    this.#size++
  }

  /** The next owner's first task; that owner's next turn comes after every other owner's. */
  shift(): T | undefined {
    const owner = this.#turns.shift()
    if (owner === undefined) return undefined
    const lane = this.#lanes.get(owner)!
    const item = lane.shift()!
    this.#size--
    if (lane.length) this.#turns.push(owner)
    else this.#lanes.delete(owner)
    return item
  }

  /** Takes a task out wherever it waits (its caller left); false if it was not waiting. */
  remove(owner: string, item: T): boolean {
    const lane = this.#lanes.get(owner)
    const index = lane?.indexOf(item) ?? -1
    if (!lane || index < 0) return false
    lane.splice(index, 1)
    this.#size--
    if (!lane.length) {
      this.#lanes.delete(owner)
      this.#turns.splice(this.#turns.indexOf(owner), 1)
    }
    return true
  }

  /** Every task, emptied out (the pool closing). */
  drain(): T[] {
    const all = [...this.#lanes.values()].flat()
    this.#lanes.clear()
    this.#turns.length = 0
    this.#size = 0
    return all
  }
}
