import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  chooseResultPlacement,
  type PlacementSubject,
  type ResultPlacement
} from '../../src/result/choose-result-placement'

const subject = (fields: Partial<PlacementSubject>): PlacementSubject => ({
  type: 'RECTANGLE',
  childCount: 0,
  fills: 'list',
  insideInstance: false,
  ...fields
})

test('where the result goes, for every kind of content', () => {
  const cases: Array<[Partial<PlacementSubject>, ResultPlacement]> = [
    // Layers without children: a paint on top of their fills.
    [{ type: 'RECTANGLE' }, 'paint'],
    [{ type: 'ELLIPSE' }, 'paint'],
    [{ type: 'VECTOR' }, 'paint'],
    [{ type: 'POLYGON' }, 'paint'],
    [{ type: 'STAR' }, 'paint'],
    [{ type: 'TEXT' }, 'paint'],
    [{ type: 'FRAME', childCount: 0 }, 'paint'],
    [{ type: 'INSTANCE', childCount: 0 }, 'paint'],
    [{ type: 'BOOLEAN_OPERATION', childCount: 2 }, 'paint'],
    // Even inside an instance: fills can be overridden there.
    [{ type: 'RECTANGLE', insideInstance: true }, 'paint'],
    // Containers with children: a rectangle inside, or above.
    [{ type: 'FRAME', childCount: 3 }, 'inside'],
    [{ type: 'COMPONENT', childCount: 1 }, 'inside'],
    [{ type: 'SECTION', childCount: 1 }, 'inside'],
    [{ type: 'GROUP', childCount: 2, fills: 'none' }, 'above'],
    [{ type: 'INSTANCE', childCount: 2 }, 'above'],
    // Instances take no new layers, at any depth.
    [{ type: 'FRAME', childCount: 1, insideInstance: true }, 'locked'],
    [{ type: 'GROUP', childCount: 1, insideInstance: true }, 'locked'],
    [{ type: 'INSTANCE', childCount: 1, insideInstance: true }, 'locked'],
    // Nowhere to put it.
    [{ type: 'TEXT', fills: 'mixed' }, 'unsupported'],
    [{ type: 'SLICE', fills: 'none' }, 'unsupported'],
    [{ type: 'COMPONENT_SET', childCount: 2 }, 'unsupported'],
    [{ type: 'STICKY', fills: 'list' }, 'unsupported']
  ]
  for (const [fields, expected] of cases) {
    assert.equal(
      chooseResultPlacement(subject(fields)),
      expected,
      JSON.stringify(fields)
    )
  }
})
