import { MAX_IMAGE_SIDE } from '../contract/messages'
import { quoteLayerName as q } from './quote-layer-name'

/** Every sentence the sandbox shows the designer, each saying what to do. */
export const SENTENCES = {
  nothingSelected: 'Select a layer to stylize.',
  tooManySelected: (count: number) =>
    `${count} layers are selected; select only the one to stylize.`,
  contentDeleted: 'The layer to stylize was deleted; select another one.',
  noStyle:
    'Choose a style: pick an image layer, or select one and click ' +
    'Use selection as style.',
  styleDeleted: 'The style layer was deleted; choose another style.',
  sameLayer:
    'Content and style are the same layer; select the layer to stylize.',
  noArea: (name: string) =>
    `${q(name)} has no width or height; pick a layer with an area.`,
  noVisiblePixels: (name: string) =>
    `${q(name)} has no visible pixels; show it or pick another layer.`,
  rotated: (name: string) =>
    `${q(name)} is rotated on the canvas; set its rotation to 0° to ` +
    'stylize it.',
  cannotHoldResult: (name: string) =>
    `${q(name)} can't hold a result; pick a frame, group, component or shape.`,
  insideInstance: (name: string) =>
    `${q(name)} is inside an instance, which takes no new layers; ` +
    'pick the instance itself.',
  pinNeedsOneLayer: 'Select one layer, then click Use selection as style.',
  sizeTooLarge:
    `The output size can be at most ${MAX_IMAGE_SIDE} px; ` +
    'choose a smaller one.',
  exportFailed: (name: string, detail: string) =>
    `Figma could not export ${q(name)} (${detail}); try again.`,
  staleRun: 'This result is from an earlier run, so it was not written.',
  contentDeletedDuringRun:
    'The layer to stylize was deleted meanwhile, so nothing was written.',
  contentChangedShape: (name: string) =>
    `${q(name)} changed shape while stylizing, so nothing was written; ` +
    'press Stylize again.',
  resultDamaged:
    'The result image is damaged, so nothing was written; press Stylize again.',
  resultTooLarge:
    `The result is over ${MAX_IMAGE_SIDE} px a side, so nothing was ` +
    'written; choose a smaller size.',
  resultRejected: (detail: string) =>
    `Figma rejected the result image (${detail}), so nothing was written.`,
  writeFailed: (detail: string) =>
    `Writing the result failed (${detail}), so nothing was written.`,
  written: (content: string, style: string) =>
    `Stylized ${q(content)} with ${q(style)}.`,
  malformedMessage: (detail: string) =>
    `The plugin window sent a malformed message (${detail}); ` +
    'reopen the plugin.',
  unexpectedFailure: (detail: string) =>
    `Something went wrong (${detail}); reopen the plugin and try again.`
}
