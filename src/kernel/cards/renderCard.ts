import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../projectRoot';
import { Template } from 'adaptivecards-templating';

/** Folder of the Adaptive Card templates (the repository's `cards/`). */
export const cardsDir = join(projectRoot, 'cards');

/** An Adaptive Card as plain JSON, ready to send as an attachment or an invoke response. */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard' };

const templates = new Map<string, Template>();

function template(name: string): Template {
  let t = templates.get(name);
  if (!t) {
    t = new Template(JSON.parse(readFileSync(join(cardsDir, `${name}.json`), 'utf8')));
    templates.set(name, t);
  }
  return t;
}

/** Expands the template `cards/<name>.json` with typed data (adaptivecards-templating). */
export function renderCard<T extends object>(name: string, data: T): AdaptiveCardJson {
  return template(name).expand({ $root: data }) as AdaptiveCardJson;
}
