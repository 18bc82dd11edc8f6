import { MAX_BATCH } from '../constants'
import { MAX_IMAGE_SIDE, MAX_STYLES } from '../contract/messages'
import { quoteLayerName as q } from './quote-layer-name'

/** Every sentence the sandbox shows the designer, each saying what to do. */
export const SENTENCES = {
  nothingSelected: 'Select a layer to stylize.',
  tooManySelected: (count: number) =>
    `${count} layers are selected; select at most ${MAX_BATCH} to stylize.`,
  contentDeleted: 'The layer to stylize was deleted; select another one.',
  styleDeleted: (name: string) =>
    `The style ${q(name)} was deleted; check the styles, then try again.`,
  candidateDeleted: 'That layer was deleted; pick another style.',
  tooManyStyles: `At most ${MAX_STYLES} styles blend in one run; remove one to add another.`,
  swapNeedsPair: 'Swap needs one layer to stylize and one style layer.',
  notInBatch:
    'That layer is no longer among those to stylize; select it again.',
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
  pinNeedsImage:
    'Select a layer with an image fill, then click Use selection as style.',
  sizeTooLarge:
    `The output size can be at most ${MAX_IMAGE_SIDE} px; ` +
    'choose a smaller one.',
  exportFailed: (name: string, detail: string) =>
    `Figma could not export ${q(name)} (${detail}); try again.`,
  staleRun: 'This result is from an earlier run, so it was not written.',
  contentDeletedDuringRun:
    'The layer to stylize was deleted meanwhile, so nothing was written.',
  contentMovedPage: (name: string) =>
    `${q(name)} moved to another page while stylizing, so nothing was ` +
    'written.',
  contentChangedShape: (name: string) =>
    `${q(name)} changed shape while stylizing, so nothing was written; ` +
    'press Stylize again.',
  resultDamaged:
    'The result image is damaged, so nothing was written; press Stylize again.',
  resultWrongSize: (width: number, height: number) =>
    `The result is not ${width} × ${height} px as its run needs, so ` +
    'nothing was written.',
  recordMismatch:
    "The result's record does not match its run, so nothing was written.",
  resultTooLarge:
    `The result is over ${MAX_IMAGE_SIDE} px a side, so nothing was ` +
    'written; choose a smaller size.',
  resultRejected: (detail: string) =>
    `Figma rejected the result image (${detail}), so nothing was written.`,
  writeFailed: (detail: string) =>
    `Writing the result failed (${detail}), so nothing was written.`,
  written: (content: string, styles: string[]) =>
    `Stylized ${q(content)} with ${styles.map(q).join(' and ')}.`,
  restyleNeedsResult: 'Select a stylized result, then click Restyle.',
  recordUnreadable:
    "This result's record is unreadable; choose the styles again.",
  restyleStylesGone: (names: string[]) =>
    names.length === 1
      ? `The style ${q(names[0])} was deleted; Restyle goes on without it.`
      : `The styles ${names.map(q).join(' and ')} were deleted; Restyle ` +
        'goes on without them.',
  settingsNotRead: (detail: string) =>
    `Figma could not read the saved settings (${detail}); defaults apply.`,
  settingsNotSaved: (detail: string) =>
    `Figma could not save the settings (${detail}); they last this session.`,
  malformedMessage: (detail: string) =>
    `The plugin window sent a malformed message (${detail}); ` +
    'reopen the plugin.',
  unexpectedFailure: (detail: string) =>
    `Something went wrong (${detail}); reopen the plugin and try again.`
}
