/** Figma keeps layers at least 0.01 wide unless one side is truly zero. */
const SMALLEST_SIDE = 0.01

/** Whether the layer is too thin in either direction to export pixels. */
export function hasNoArea(node: SceneNode): boolean {
  return node.width < SMALLEST_SIDE || node.height < SMALLEST_SIDE
}
