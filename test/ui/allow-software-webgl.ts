import type { Page } from 'playwright-core'

/**
 * Lets the plugin window run on SwiftShader, this GPU-less machine's only
 * WebGL, as it would on a designer's GPU: the plugin itself passes
 * software WebGL over (ui/runtime/software-webgl.ts, which declares the
 * global). Init scripts run in every frame, the plugin's iframe included.
 */
export async function allowSoftwareWebglAsync(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const window = globalThis as { styleTransferAllowSoftwareWebgl?: boolean }
    window.styleTransferAllowSoftwareWebgl = true
  })
}
