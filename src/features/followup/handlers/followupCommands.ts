import { CardFactory } from 'botbuilder';
import type { Command } from '../../CommandRouter';
import type { Turn } from '../../Turn';
import { authorizeReport } from './authorizeReport';
import { exportCard } from './exportCard';
import { latestCard } from './followupViews';
import { leaderCard, type CardOrText } from './leaderCard';
import { readPeriodArgs } from './periodArgs';
import { statusCard } from './statusCard';

async function reply(turn: Turn, shown: CardOrText): Promise<void> {
  await turn.context.sendActivity('card' in shown ? { attachments: [CardFactory.adaptiveCard(shown.card)] } : shown.text);
}

/** A question that merely starts with a command word ("Uppföljning av mål, hur går den till?"). */
const looksLikeQuestion = (args: string) => args.includes('?') || args.trim().split(/\s+/).length >= 4;

type Show = (turn: Turn, period: string, year: number, rest: string) => Promise<CardOrText>;

/**
 * Runs `show` with the period and year the user typed (or the current ones). Text that is no period
 * but reads like a question goes to `fallback` (question answering) with the command word put back.
 */
const withPeriod = (word: string, show: Show, fallback: (turn: Turn) => Promise<void>) => async (turn: Turn) => {
  const args = readPeriodArgs(turn);
  if (!args.ok && looksLikeQuestion(turn.args)) return fallback({ ...turn, args: `${word} ${turn.args}` });
  await reply(turn, args.ok ? await show(turn, args.period, args.year, args.rest) : { text: args.text });
};

/** The follow-up commands; `fallback` answers text that only looks like a command (see withPeriod). */
export function followupCommands(fallback: (turn: Turn) => Promise<void>): Command[] {
  /** `uppföljning [period] [år] [enhet]`: the form of the unit(s) the user leads, or one named unit. */
  const followup: Command = {
    name: 'uppföljning',
    aliases: ['followup'],
    usage: 'uppföljning [period] [år]',
    description: 'Öppnar uppföljningen för enheten du är chef för.',
    button: 'Uppföljning',
    run: withPeriod('uppföljning', async (turn, period, year, unit) => {
      if (!unit) return leaderCard(turn, period, year);
      const auth = await authorizeReport(turn, { period, year, unit }, 'view');
      return auth.ok ? { card: await latestCard(turn, auth.context) } : { text: auth.message };
    }, fallback),
  };
  /** `status [period] [år]`: progress per förvaltning and nämnd, for those who may see it. */
  const status: Command = {
    name: 'status',
    usage: 'status <period> <år>',
    description: 'Visar hur enheterna ligger till med uppföljningen och vilka som saknas.',
    run: withPeriod('status', (turn, period, year) => statusCard(turn, period, year), fallback),
  };
  /** `export [period] [år] [nämnd]`: signed download links for the answers. */
  const exportLinks: Command = {
    name: 'export',
    aliases: ['exportera'],
    usage: 'export <period> <år> [nämnd]',
    description: 'Ger länkar för att ladda ner svaren som CSV eller Excel.',
    run: withPeriod('export', (turn, period, year, body) => exportCard(turn, period, year, body || undefined), fallback),
  };
  return [followup, status, exportLinks];
}
