import { RESULT_FOR_KEY } from '../constants'
import { createResultPaint } from './create-result-paint'
import { findEarlierResultLayers } from './find-earlier-result-layers'

type Parent = BaseNode & ChildrenMixin

/**
 * Covers the content with a rectangle holding the result: top-most inside
 * it, or just above it among its siblings. An earlier result is replaced
 * at its place in the layer order. Returns the rectangle.
 */
export function writeResultRectangle(
  content: SceneNode,
  placement: 'inside' | 'above',
  imageHash: string,
  styleNames: string[]
): RectangleNode {
  const parent = findParent(content, placement)
  const earlier = findEarlierResultLayers(parent, content.id)
  const index = chooseIndex(parent, content, placement, earlier)
  const rectangle = figma.createRectangle()
  try {
    rectangle.name = `Stylized - ${styleNames.join(' + ')}`
    rectangle.fills = [createResultPaint(imageHash)]
    rectangle.setPluginData(RESULT_FOR_KEY, content.id)
    rectangle.resize(content.width, content.height)
    parent.insertChild(index, rectangle)
    placeRectangle(rectangle, content, parent, placement)
  } catch (error) {
    // createRectangle put it on the page; the document must stay unchanged.
    rectangle.remove()
    throw error
  }
  for (const layer of earlier) layer.remove()
  return rectangle
}

function findParent(content: SceneNode, placement: 'inside' | 'above') {
  const parent = placement === 'inside' ? content : content.parent
  if (parent === null || !('children' in parent)) {
    throw new Error(
      `writeResultRectangle: no parent to put a result ${placement} ` +
        `${content.type} ${content.id}`
    )
  }
  return parent
}

function chooseIndex(
  parent: Parent,
  content: SceneNode,
  placement: 'inside' | 'above',
  earlier: SceneNode[]
): number {
  const ids = parent.children.map((child) => child.id)
  if (earlier.length > 0) return ids.indexOf(earlier[earlier.length - 1].id)
  return placement === 'inside' ? ids.length : ids.indexOf(content.id) + 1
}

function placeRectangle(
  rectangle: RectangleNode,
  content: SceneNode,
  parent: Parent,
  placement: 'inside' | 'above'
): void {
  // In an auto-layout parent the rectangle must not join the flow, or it
  // would push the other layers aside.
  if ('layoutMode' in parent && parent.layoutMode !== 'NONE') {
    rectangle.layoutPositioning = 'ABSOLUTE'
  }
  if (placement === 'inside') {
    rectangle.x = 0
    rectangle.y = 0
    // Keeps covering the frame when the designer resizes it.
    rectangle.constraints = { horizontal: 'STRETCH', vertical: 'STRETCH' }
  } else {
    // Siblings share coordinates, also inside a group, whose children are
    // placed relative to the group's own parent.
    rectangle.x = content.x
    rectangle.y = content.y
  }
}
