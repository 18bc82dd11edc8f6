import * as tf from '@tensorflow/tfjs-core'

/**
 * Every tensor in a value made of objects and arrays: an optimiser's state,
 * say. Each tensor is listed once, however often it is held.
 */
export function tensorsIn(
  value: unknown,
  found = new Set<tf.Tensor>()
): tf.Tensor[] {
  if (value instanceof tf.Tensor) {
    found.add(value)
  } else if (value !== null && typeof value === 'object') {
    Object.values(value).forEach((v) => tensorsIn(v, found))
  }
  return [...found]
}

/**
 * The one rule for state that lives from step to step. A step builds the
 * new state from the old, and may hand tensors on unchanged (L-BFGS's
 * history, the pyramid's blur kernels). Once the step has succeeded, what
 * the old state held and the new one does not is disposed here. Until
 * then the old state is whole, and a step that throws leaves it to the
 * caller, who disposes it as usual.
 */
export function disposeReplaced(old: unknown, next: unknown): void {
  const kept = new Set(tensorsIn(next))
  tensorsIn(old).forEach((t) => kept.has(t) || t.dispose())
}
