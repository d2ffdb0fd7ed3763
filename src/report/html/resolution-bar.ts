import { resolutionLabels } from '../labels.js';
import { resolutions, type ResolutionCounts } from '../model.js';
import { plural } from '../text.js';
import { escapeHtml } from './escape.js';

/**
 * A bar split by resolution (autofix, suggestion, manual), as plain HTML. `scaleTo` makes bars in one table comparable:
 * a row with half the largest count gets half the width.
 */
export function resolutionBar(counts: ResolutionCounts, className: string, scaleTo?: number): string {
  const total = counts.autofix + counts.suggestion + counts.manual;
  const whole = Math.max(scaleTo ?? total, 1);
  const segments = resolutions
    .filter((resolution) => counts[resolution] > 0)
    .map((resolution) => {
      const width = ((counts[resolution] / whole) * 100).toFixed(2);
      const title = `${plural(counts[resolution], 'finding')}: ${resolutionLabels[resolution].long}`;
      return `<span class="fill-${resolution}" style="width:${width}%" title="${escapeHtml(title)}"></span>`;
    });
  return `<div class="${className}" aria-hidden="true">${segments.join('')}</div>`;
}
