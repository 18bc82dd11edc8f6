import assert from 'node:assert/strict'
import { test } from 'node:test'

import { isSoftwareRenderer } from '../../ui/runtime/software-webgl'

test('renderers drawn by the CPU are told from GPUs by name', () => {
  const software = [
    // This machine's headless Chromium.
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'Google SwiftShader',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)'
  ]
  const gpus = [
    'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
    'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
    'WebKit WebGL'
  ]
  for (const name of software)
    assert.equal(isSoftwareRenderer(name), true, name)
  for (const name of gpus) assert.equal(isSoftwareRenderer(name), false, name)
})
