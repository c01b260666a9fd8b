import { StoreUnavailableError } from '../../shared/errors';
import { fold } from '../../shared/text';
import { pass, type Command } from '../../kernel/turn/Command';
import type { Turn } from '../../kernel/turn/Turn';

/** Folds case and diacritics so "Hjälp", "hjalp" and "HJÄLP" are one key. */
export const commandKey = (word: string) => fold(word);

/** Said when the store is down while a command runs. */
export const storeDown = 'Jag når inte lagringen just nu, så jag kan inte svara på det. Försök igen om en stund.';

/** Told of every command that runs (the audit trail of admin actions), beside the command itself. */
export type CommandObserver = (turn: Omit<Turn, 'args'>, command: Command) => Promise<void>;

/** Maps the first word of a message to a command; anything else (and what a command passes on) goes to the fallback. */
export class CommandRouter {
  private readonly byKey = new Map<string, Command>();

  constructor(
    readonly commands: Command[],
    private readonly fallback: (turn: Turn) => Promise<void>,
    private readonly observe?: CommandObserver,
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
    try {
      if (!text.trim() && turn.files?.length) return void (await turn.reply(this.filesHelp()));
      const hit = this.match(text);
      if (hit?.command.private && turn.session.scope !== 'personal' && turn.replyPrivately) return void (await Promise.all([this.runPrivately(turn, hit), this.observe?.(turn, hit.command)]));
      // Observed beside the command, not before it: the observer never adds to the turn's time.
      const [outcome] = hit ? await Promise.all([hit.command.run({ ...turn, args: hit.args }), this.observe?.(turn, hit.command)]) : [pass];
      if (outcome === pass) await this.fallback({ ...turn, args: text.trim() });
    } catch (e) {
      if (!(e instanceof StoreUnavailableError)) throw e;
      await turn.reply(storeDown);
    }
  }

  /**
   * A private command asked in a team or group chat: its answers go to the asker's personal chat, and the
   * chat is told where they went (or how to open the personal chat first).
   */
  private async runPrivately(turn: Omit<Turn, 'args'>, hit: { command: Command; args: string }): Promise<void> {
    let outcome: 'sent' | 'no_chat' | 'failed' | undefined;
    await hit.command.run({ ...turn, args: hit.args, reply: async (m) => void (outcome = outcome && outcome !== 'sent' ? outcome : await turn.replyPrivately!(m)) });
    if (outcome) await turn.reply(privateNotice(outcome, hit.command.name));
  }

  /** A file without a command: which commands read files, and how. */
  private filesHelp(): string {
    const readers = [...new Set(this.byKey.values())].filter((c) => c.files).map((c) => `- ${c.files}`);
    return readers.length ? `Skriv vad filen är för i samma meddelande som filen:\n\n${readers.join('\n')}` : 'Jag kan inte läsa filer.';
  }
}

/** What a shared chat is told when an answer went (or could not go) to the asker's personal chat. */
export function privateNotice(outcome: 'sent' | 'no_chat' | 'failed', command: string): string {
  if (outcome === 'sent') return 'Jag har skickat det till dig i vår personliga chatt, så att bara du ser det.';
  if (outcome === 'no_chat') return `Det här visar jag bara i en personlig chatt. Sök upp Styrmodellsboten i Teams, öppna chatten och skriv "${command}" där.`;
  return 'Jag kunde inte skicka det till din personliga chatt just nu. Försök igen om en stund.';
}
