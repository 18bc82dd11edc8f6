/** What the rule for placing a result needs to know about the content. */
export interface PlacementSubject {
  type: NodeType
  childCount: number
  /** Whether the layer has fills, and whether they are one list or mixed. */
  fills: 'list' | 'mixed' | 'none'
  /** Whether an ancestor is an instance, whose layers take no new children. */
  insideInstance: boolean
}

/**
 * - `paint`: an image paint on top of the layer's own fills;
 * - `inside`: a rectangle top-most among the layer's children;
 * - `above`: a rectangle just above the layer, among its siblings;
 * - `unsupported`, `locked`: nowhere; the run is refused.
 */
export type ResultPlacement =
  'paint' | 'inside' | 'above' | 'unsupported' | 'locked'

const PAINTED_CONTAINERS: ReadonlyArray<NodeType> = [
  'FRAME',
  'COMPONENT',
  'INSTANCE',
  'SECTION'
]

// Frames and components take the rectangle as a child. Figma refuses new
// children in an instance, so for instances it goes above, as for groups.
const CHILD_HOLDERS: ReadonlyArray<NodeType> = ['FRAME', 'COMPONENT', 'SECTION']
const SIBLING_HOLDERS: ReadonlyArray<NodeType> = ['GROUP', 'INSTANCE']

const SHAPES: ReadonlyArray<NodeType> = [
  'RECTANGLE',
  'ELLIPSE',
  'POLYGON',
  'STAR',
  'VECTOR',
  'LINE',
  'TEXT',
  // Its fills paint the combined shape; its children are only operands.
  'BOOLEAN_OPERATION'
]

/** Where the result of a run on this content goes. */
export function chooseResultPlacement(
  subject: PlacementSubject
): ResultPlacement {
  const { type, childCount, fills, insideInstance } = subject
  if (SHAPES.includes(type)) return fills === 'list' ? 'paint' : 'unsupported'
  if (childCount === 0) {
    return PAINTED_CONTAINERS.includes(type) && fills === 'list'
      ? 'paint'
      : 'unsupported'
  }
  if (CHILD_HOLDERS.includes(type)) return insideInstance ? 'locked' : 'inside'
  if (SIBLING_HOLDERS.includes(type)) {
    return insideInstance ? 'locked' : 'above'
  }
  return 'unsupported'
}
