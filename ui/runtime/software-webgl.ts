import * as tf from '@tensorflow/tfjs-core'
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl'

/**
 * WebGL drawn by the CPU: SwiftShader (what Chromium falls back to without
 * a usable GPU), Mesa's llvmpipe and softpipe, and Windows' Basic Render
 * Driver. On SwiftShader a 128 px step took 26.8 s here, against 1.4 s
 * on WebAssembly.
 */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|basic render driver/i

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer)
}

/** The renderer of the WebGL backend's context, unmasked where allowed. */
export function webglRenderer(): string {
  const gl = (tf.backend() as MathBackendWebGL).gpgpu.gl
  const info = gl.getExtension('WEBGL_debug_renderer_info')
  return String(
    gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)
  )
}

declare global {
  /**
   * Set by tests that exercise the WebGL path on SwiftShader, the only
   * WebGL a machine without a GPU has; the plugin never sets it.
   */
  var styleTransferAllowSoftwareWebgl: boolean | undefined
}

/** True when the WebGL backend runs, but in software, and may be skipped. */
export function webglIsSoftware(): boolean {
  return (
    globalThis.styleTransferAllowSoftwareWebgl !== true &&
    isSoftwareRenderer(webglRenderer())
  )
}
