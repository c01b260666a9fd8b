import type { Turn } from './Turn';

/** What a command may answer instead of handling the text: "not mine", so it is answered as a question. */
export const pass = 'pass' as const;

/** A text command: a Swedish name (and aliases) that the user types, routed by key, never by `includes`. */
export interface Command {
  name: string;
  aliases?: string[];
  /** How to type it, shown in the help card ("status [period] [år]"); no angle brackets (Teams hides them). */
  usage: string;
  /** One Swedish line for the help card. */
  description: string;
  /** Title of a help-card button running it, when it needs no arguments. */
  button?: string;
  /** Shows what only the asker may see (a unit's form and figures): in a team or group chat it answers in the personal chat. */
  private?: boolean;
  /** How to send a file with it ("frister med en CSV-fil"), when it reads attached files. */
  files?: string;
  /** The command writes its own audit entries (saying more, e.g. whose data); the edge then records none. */
  audited?: boolean;
  /** Handles the message; `pass` when the text only looked like the command (then it is a question). */
  run(turn: Turn): Promise<void | typeof pass>;
}
