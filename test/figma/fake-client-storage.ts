/** Figma keeps at most this much client storage per plugin. */
export const CLIENT_STORAGE_LIMIT = 5 * 1024 * 1024

/**
 * figma.clientStorage: values are structured clones both ways, so what a
 * plugin reads back is never the object it stored, and a total over 5 MB
 * is refused as Figma refuses it. `failure`, when set, makes every call
 * reject, as a full disk or a private window would.
 */
export class FakeClientStorage implements ClientStorageAPI {
  failure: Error | null = null
  private readonly values = new Map<string, unknown>()

  async getAsync(key: string): Promise<unknown> {
    this.check(key, 'getAsync')
    if (!this.values.has(key)) return undefined
    return structuredClone(this.values.get(key))
  }

  async setAsync(key: string, value: unknown): Promise<void> {
    this.check(key, 'setAsync')
    const copy = structuredClone(value)
    const others = [...this.values].filter(([k]) => k !== key)
    const total = [...others, [key, copy] as const].reduce(
      (sum, [k, v]) => sum + k.length + measureBytes(v),
      0
    )
    if (total > CLIENT_STORAGE_LIMIT) {
      throw new Error('in setAsync: Client storage quota exceeded')
    }
    this.values.set(key, copy)
  }

  async deleteAsync(key: string): Promise<void> {
    this.check(key, 'deleteAsync')
    this.values.delete(key)
  }

  async keysAsync(): Promise<string[]> {
    this.check('', 'keysAsync')
    return [...this.values.keys()]
  }

  private check(key: string, where: string): void {
    if (this.failure !== null) throw this.failure
    if (typeof key !== 'string') {
      throw new Error(`in ${where}: Expected a string key`)
    }
  }
}

/** Roughly what a stored value takes: bytes as bytes, the rest as JSON. */
function measureBytes(value: unknown): number {
  if (ArrayBuffer.isView(value)) return value.byteLength
  if (Array.isArray(value)) {
    return value.reduce((sum: number, item) => sum + measureBytes(item), 2)
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).reduce(
      (sum, [key, item]) => sum + key.length + measureBytes(item),
      2
    )
  }
  return JSON.stringify(value ?? null).length
}
