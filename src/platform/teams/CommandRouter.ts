import type { Turn } from './Turn';

/** A text command: a Swedish name (and aliases) that the user types, routed by key, never by `includes`. */
export interface Command {
  name: string;
  aliases?: string[];
  /** How to type it, shown in the help card ("status <period> <år>"). */
  usage: string;
  /** One Swedish line for the help card. */
  description: string;
  /** Title of a help-card button running it, when it needs no arguments. */
  button?: string;
  run(turn: Turn): Promise<void>;
}

/** Folds case and diacritics so "Hjälp", "hjalp" and "HJÄLP" are one key. */
export const commandKey = (word: string) => word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Maps the first word of a message to a command; anything else goes to the fallback (questions). */
export class CommandRouter {
  private readonly byKey = new Map<string, Command>();

  constructor(
    readonly commands: Command[],
    private readonly fallback: (turn: Turn) => Promise<void>,
  ) {
    for (const c of commands) for (const k of [c.name, ...(c.aliases ?? [])]) this.byKey.set(commandKey(k), c);
  }

  /** The command and its arguments for a message text, or undefined when it is not a command. */
  match(text: string): { command: Command; args: string } | undefined {
    const trimmed = text.trim().replace(/^\/+/, '');
    const [first = '', ...rest] = trimmed.split(/\s+/);
    const command = this.byKey.get(commandKey(first.replace(/[?!.:,]+$/, '')));
    return command ? { command, args: rest.join(' ') } : undefined;
  }

  async route(turn: Omit<Turn, 'args'>, text: string): Promise<void> {
    const hit = this.match(text);
    if (hit) await hit.command.run({ ...turn, args: hit.args });
    else await this.fallback({ ...turn, args: text.trim() });
  }
}
