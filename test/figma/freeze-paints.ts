import { checkValue } from './check-value'
import type { FakeImageStore } from './fake-image-store'

const PAINT_KEYS: Record<string, string[]> = {
  SOLID: ['type', 'color', 'visible', 'opacity', 'blendMode', 'boundVariables'],
  IMAGE: [
    'type',
    'scaleMode',
    'imageHash',
    'imageTransform',
    'scalingFactor',
    'rotation',
    'filters',
    'visible',
    'opacity',
    'blendMode'
  ]
}
const SCALE_MODES = ['FILL', 'FIT', 'CROP', 'TILE']

/**
 * Checks paints as Figma does when fills are set (unknown keys, colour
 * channels and opacity out of 0..1, unknown image hashes are errors) and
 * returns a frozen deep copy, so that reading fills gives a frozen array.
 */
export function freezePaints(
  value: unknown,
  images: FakeImageStore
): ReadonlyArray<Paint> {
  checkValue(Array.isArray(value), 'fills', 'an array of paints')
  return Object.freeze(
    (value as unknown[]).map((paint, i) => freezePaint(paint, i, images))
  )
}

function freezePaint(value: unknown, index: number, images: FakeImageStore) {
  const where = `fills[${index}]`
  checkValue(typeof value === 'object' && value !== null, where, 'a paint')
  const paint = value as Record<string, unknown>
  const keys = PAINT_KEYS[String(paint.type)]
  if (keys === undefined) {
    throw new Error(`fake: ${String(paint.type)} paints are not implemented`)
  }
  for (const key of Object.keys(paint)) {
    checkValue(keys.includes(key), where, `no property "${key}"`)
  }
  checkUnit(paint.opacity ?? 1, `${where}.opacity`)
  checkValue(
    paint.visible === undefined || typeof paint.visible === 'boolean',
    `${where}.visible`,
    'a boolean'
  )
  if (paint.type === 'SOLID') return freezeSolid(paint, where)
  checkValue(
    SCALE_MODES.includes(String(paint.scaleMode)),
    `${where}.scaleMode`,
    SCALE_MODES.join(', ')
  )
  const hash = paint.imageHash
  checkValue(
    hash === null || (typeof hash === 'string' && images.has(hash)),
    `${where}.imageHash`,
    'the hash of an image made with createImage'
  )
  return Object.freeze({ ...paint }) as unknown as ImagePaint
}

function freezeSolid(paint: Record<string, unknown>, where: string) {
  const color = paint.color as Record<string, unknown> | undefined
  checkValue(typeof color === 'object' && color !== null, where, 'a color')
  const channels = Object.keys(color as object)
  checkValue(
    channels.length === 3 && ['r', 'g', 'b'].every((c) => channels.includes(c)),
    `${where}.color`,
    'exactly the properties r, g, b'
  )
  for (const c of channels) checkUnit(color?.[c], `${where}.color.${c}`)
  return Object.freeze({
    ...paint,
    color: Object.freeze({ ...(color as object) })
  }) as SolidPaint
}

function checkUnit(value: unknown, where: string): void {
  checkValue(
    typeof value === 'number' && value >= 0 && value <= 1,
    where,
    'a number from 0 to 1'
  )
}
