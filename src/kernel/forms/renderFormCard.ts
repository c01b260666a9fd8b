import { noticeElement, type AdaptiveCardJson, type Notice } from '../cards/renderCard';
import type { FieldDef } from './FieldDef';
import { fieldsOf, type FormItem, type FormSpec } from './FormSpec';

type Element = Record<string, unknown>;

/** A button of the form: a verb and the data it sends with the inputs (unless `ignoreInputs`). */
export interface FormAction {
  title: string;
  verb: string;
  data: Record<string, unknown>;
  style?: 'positive';
  ignoreInputs?: boolean;
}

/** Everything a form card shows; values and errors by field key. */
export interface FormCardData {
  title: string;
  /** Lines under the title: unit, deadline, state. */
  lines: { text: string; subtle?: boolean; small?: boolean }[];
  notice?: Notice | null;
  spec: FormSpec;
  /** The values to show by field key: exactly what the user typed, or the stored answers as text. */
  values: Record<string, string>;
  errors?: Record<string, string>;
  actions: FormAction[];
  /** Null when the card carries unsaved values: an automatic refresh must never wipe them. */
  refresh?: { verb: string; data: Record<string, unknown>; userIds: string[] } | null;
}

/** At most this many errors are listed on top of the card (each is also shown under its field). */
export const maxSummaryItems = 8;

const text = (t: string, extra: Element = {}): Element => ({ type: 'TextBlock', text: t, wrap: true, ...extra });

/** The one rendering of a field: its input and, right under it, its error in red. */
export function fieldElements(f: FieldDef, value: string, error: string | undefined, inRow = false): Element[] {
  const label = inRow ? {} : { label: f.label };
  const placeholder = f.placeholder ? { placeholder: f.placeholder } : {};
  let input: Element;
  if (f.kind === 'choice') {
    input = { type: 'Input.ChoiceSet', id: f.key, ...label, value, style: 'compact', ...placeholder, choices: (f.choices ?? []).map((c, i) => ({ title: f.choiceTitles?.[i] ?? c, value: c })) };
  } else if (f.kind === 'date' || f.kind === 'time') {
    input = { type: f.kind === 'date' ? 'Input.Date' : 'Input.Time', id: f.key, ...label, value };
  } else {
    const multiline = f.kind === 'text' && f.multiline !== false;
    input = { type: 'Input.Text', id: f.key, ...label, value, ...placeholder, ...(multiline ? { isMultiline: true } : {}), ...(f.maxLength ? { maxLength: f.maxLength } : {}) };
  }
  if (f.multiSelect) input.isMultiSelect = true;
  return error ? [input, text(error, { color: 'Attention', spacing: 'None' })] : [input];
}

function itemElements(item: FormItem, values: Record<string, string>, errors: Record<string, string>): Element[] {
  if ('field' in item) return fieldElements(item.field, values[item.field.key] ?? '', errors[item.field.key]);
  if ('text' in item) return [text(item.text, { isSubtle: true, size: 'Small' })];
  if ('notice' in item) return [noticeElement(item.notice)];
  const columns = [
    { type: 'Column', width: 'stretch', items: [text(item.row.label, { size: 'Small' })] },
    ...item.row.fields.map((f) => ({ type: 'Column', width: f.width ?? 'stretch', items: fieldElements(f, values[f.key] ?? '', errors[f.key], true) })),
  ];
  return [{ type: 'ColumnSet', columns }];
}

/** "Formuläret har 3 fel …" and the first errors in form order, named by their summary labels. */
function errorSummary(spec: FormSpec, errors: Record<string, string>): Element[] {
  const items = fieldsOf(spec).filter((f) => errors[f.key]).map((f) => `${f.summaryLabel ?? f.label}: ${errors[f.key]}`);
  if (!items.length) return [];
  const listed = items.length > maxSummaryItems ? [...items.slice(0, maxSummaryItems), `… och ${items.length - maxSummaryItems} fel till.`] : items;
  return [{
    type: 'Container',
    style: 'attention',
    items: [
      text(`Formuläret har ${items.length} fel – rätta de markerade fälten.`, { color: 'Attention', weight: 'Bolder' }),
      ...listed.map((i) => text(`• ${i}`, { color: 'Attention', spacing: 'None' })),
    ],
  }];
}

/** The Adaptive Card (1.5, Universal Actions) of any form spec, with its values, errors and buttons. */
export function renderFormCard(data: FormCardData): AdaptiveCardJson {
  const errors = data.errors ?? {};
  const body: Element[] = [
    text(data.title, { weight: 'Bolder', size: 'Medium' }),
    ...data.lines.map((l) => text(l.text, { spacing: 'None', ...(l.subtle ? { isSubtle: true } : {}), ...(l.small ? { size: 'Small' } : {}) })),
    ...(data.notice ? [noticeElement(data.notice)] : []),
    ...errorSummary(data.spec, errors),
  ];
  for (const section of data.spec.sections) {
    if (section.heading) body.push(text(section.heading, { weight: 'Bolder', size: 'Medium', separator: true }));
    body.push({
      type: 'Container',
      ...(section.title ? { separator: true } : {}),
      items: [
        ...(section.title ? [text(section.title, { weight: 'Bolder' })] : []),
        ...(section.subtitle ? [text(section.subtitle, { isSubtle: true, size: 'Small', spacing: 'None' })] : []),
        ...section.items.flatMap((i) => itemElements(i, data.values, errors)),
      ],
    });
  }
  const actions = data.actions.map((a) => ({
    type: 'Action.Execute', title: a.title, verb: a.verb, data: a.data,
    ...(a.style ? { style: a.style } : {}), ...(a.ignoreInputs ? { associatedInputs: 'none' } : {}),
  }));
  const refresh = data.refresh
    ? { refresh: { action: { type: 'Action.Execute', title: 'Uppdatera', verb: data.refresh.verb, data: data.refresh.data }, userIds: data.refresh.userIds } }
    : {};
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', ...refresh, body, actions };
}
