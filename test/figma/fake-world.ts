import type { FakeBaseNode } from './fake-base-node'
import type { FakeImageStore } from './fake-image-store'

/** What fake nodes need from the fake Figma that owns them. */
export interface FakeWorld {
  readonly images: FakeImageStore
  readonly mixed: symbol
  createId(prefix?: string): string
  register(node: FakeBaseNode): void
  /** Called after nodes left the document, so selections drop them. */
  handleRemoval(): void
  /** Called when a page's selection was set. */
  handleSelectionSet(page: FakeBaseNode): void
}
