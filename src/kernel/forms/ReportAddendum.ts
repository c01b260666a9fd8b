/** What another feature adds, read-only, to a form's card: a heading and lines of title and value. */
export interface AddendumSection {
  title: string;
  lines: { title: string; value: string }[];
}

/**
 * A feature's read-only addition to another feature's form (the internal-control results of a unit in
 * its follow-up report), asked for by form name so neither feature imports the other.
 */
export interface ReportAddendum {
  /** The form it adds to ("followup"). */
  form: string;
  section(kommun: string, ref: { unit: string; period: string; year: number }): Promise<AddendumSection | undefined>;
}
