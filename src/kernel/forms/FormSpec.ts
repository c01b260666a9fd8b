import type { Notice } from '../cards/renderCard';
import type { FieldDef } from './FieldDef';

/** One thing in a form section: a field, a row of fields beside a label, a line of help, or a notice. */
export type FormItem =
  | { field: FieldDef }
  | { row: { label: string; fields: FieldDef[] } }
  | { text: string }
  | { notice: Notice };

/** A part of the form: an optional big heading (e.g. "Ekonomi"), a title and subtitle, and its items. */
export interface FormSection {
  heading?: string;
  title?: string;
  subtitle?: string;
  items: FormItem[];
}

/** A form as data: its sections in order. Cards, validation and exports all read the fields from here. */
export interface FormSpec {
  sections: FormSection[];
}

/** The fields of a form, in the order they are shown. */
export function fieldsOf(spec: FormSpec): FieldDef[] {
  return spec.sections.flatMap((s) => s.items.flatMap((i) => ('field' in i ? [i.field] : 'row' in i ? i.row.fields : [])));
}
