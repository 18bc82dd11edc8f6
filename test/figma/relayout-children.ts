import type { FakeBaseNode } from './fake-base-node'

/**
 * A minimal auto layout: children that take part are stacked from the
 * frame's top-left corner with no padding or spacing. Enough to show when
 * a new layer joins the flow and pushes the others.
 */
export function relayoutChildren(frame: FakeBaseNode): void {
  const mode = frame.data.layoutMode
  if (mode === 'NONE') return
  let cursor = 0
  for (const child of frame.data.children) {
    if (child.data.layoutPositioning === 'ABSOLUTE') continue
    child.data.x = mode === 'HORIZONTAL' ? cursor : 0
    child.data.y = mode === 'VERTICAL' ? cursor : 0
    cursor += mode === 'HORIZONTAL' ? child.data.width : child.data.height
  }
}
