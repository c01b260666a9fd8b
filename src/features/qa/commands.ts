import { isAdmin } from '../../kernel/org/access';
import type { Command } from '../../kernel/turn/Command';
import type { Turn } from '../../kernel/turn/Turn';
import type { QaService } from './domain/QaService';
import type { PackRegistry } from '../../kernel/knowledge/PackRegistry';
import { yearCycleCard } from './cycleCard';
import { inert } from '../../shared/text';

type Ask = (turn: Turn) => Promise<void>;

/** `årshjul [månad]`: the whole annual cycle as a card with a row per month, or one month of it answered with its sources. */
export const cycleCommand = (ask: Ask, packs: PackRegistry): Command => ({
  name: 'årshjul',
  aliases: ['arshjul', 'årshjulet'],
  usage: 'årshjul [månad]',
  description: 'Visar årshjulets hållpunkter, hela året eller en månad ("årshjul oktober").',
  button: 'Årshjulet',
  run: async (turn) => {
    if (turn.args.trim()) return ask({ ...turn, args: `Vad händer i ${turn.args}?` });
    await turn.reply({ card: yearCycleCard(packs.get(turn.session.kommun)), summary: 'Årshjulet' });
  },
});

/** `vem gör vad`: the role split between politics and administration. */
export const roleSplitCommand = (ask: Ask): Command => ({
  name: 'rollfördelning',
  usage: 'vem gör vad',
  description: 'Politiken beslutar vad och när, förvaltningen hur och av vem.',
  button: 'Vem gör vad?',
  run: (turn) => ask({ ...turn, args: 'vem gör vad' }),
});

/** `obesvarade`: admins see the most frequent questions the model could not answer. */
export const unansweredCommand = (qa: QaService): Command => ({
  name: 'obesvarade',
  aliases: ['obesvarat', 'unanswered'],
  usage: 'obesvarade',
  description: 'Administratörer: de vanligaste frågorna jag inte kunde svara på, och svar som fått Nej.',
  async run(turn) {
    if (!isAdmin(turn.session.person)) {
      await turn.reply('Den listan kan bara administratörer se.');
      return;
    }
    const [top, disliked] = await Promise.all([qa.topUnanswered(turn.session.kommun, 10), qa.notHelpful(turn.session.kommun, 10)]);
    const lines = top.map((q, i) => `${i + 1}. ${inert(q.text)} (${q.count} ${q.count === 1 ? 'gång' : 'gånger'})${q.picked ? ` – menade: ${inert(q.picked)}` : ''}`);
    const reasonNames: Record<string, string> = { wrong: 'fel', incomplete: 'ofullständigt', wrong_source: 'fel källa', other: 'annat' };
    const nej = disliked.map((d, i) => `${i + 1}. ${inert(d.question)} (${d.count} × Nej${Object.keys(d.reasons).length ? `: ${Object.entries(d.reasons).map(([r, n]) => `${reasonNames[r] ?? r} ${n}`).join(', ')}` : ''})${d.comment ? ` – "${inert(d.comment)}"` : ''}`);
    await turn.reply([
      lines.length ? `Vanligaste obesvarade frågorna:\n\n${lines.join('\n')}` : 'Inga obesvarade frågor ännu.',
      ...(nej.length ? [`Svar som fått Nej:\n\n${nej.join('\n')}`] : []),
    ].join('\n\n'));
  },
});
