import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import { projectRoot } from '../../shared/projectRoot';

/** Folder of the Adaptive Card templates (the repository's `cards/`). */
export const cardsDir = join(projectRoot, 'cards');

/** An Adaptive Card as plain JSON, ready to send as an attachment or an invoke response. */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard' };

/** A line in a card that tells how something went; the colour is an Adaptive Cards text colour. */
export interface Notice {
  text: string;
  color: 'Good' | 'Warning' | 'Attention' | 'Accent' | 'Default';
}

/**
 * The container style a notice is shown in: coloured backgrounds that Teams keeps readable in its light,
 * dark and high-contrast themes, never yellow text on white (which fails WCAG AA contrast).
 */
export function noticeStyle(notice: Notice): 'good' | 'warning' | 'attention' | 'accent' | 'emphasis' {
  return ({ Good: 'good', Warning: 'warning', Attention: 'attention', Accent: 'accent', Default: 'emphasis' } as const)[notice.color];
}

/** A notice as a card element: its text in the notice's container style. */
export const noticeElement = (notice: Notice): Record<string, unknown> => ({
  type: 'Container',
  style: noticeStyle(notice),
  items: [{ type: 'TextBlock', text: notice.text, wrap: true, weight: 'Bolder' }],
});

const templates = new Map<string, Template>();

function template(name: string): Template {
  let t = templates.get(name);
  if (!t) {
    t = new Template(JSON.parse(readFileSync(join(cardsDir, `${name}.json`), 'utf8')));
    templates.set(name, t);
  }
  return t;
}

/**
 * Expands the template `cards/<name>.json` (name may hold a folder: "followup/receipt") with typed data
 * (adaptivecards-templating), and drops the top-level keys a false `$when` left as null (e.g. `refresh`).
 */
export function renderCard<T extends object>(name: string, data: T): AdaptiveCardJson {
  const notice = (data as { notice?: Notice | null }).notice;
  const root = notice ? { ...data, notice: { ...notice, style: noticeStyle(notice) } } : data;
  const card = template(name).expand({ $root: root }) as AdaptiveCardJson;
  return Object.fromEntries(Object.entries(card).filter(([, v]) => v !== null)) as AdaptiveCardJson;
}
