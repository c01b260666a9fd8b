import { latestCard } from '../../kernel/forms/formActions';
import type { Command } from '../../kernel/turn/Command';
import type { Turn } from '../../kernel/turn/Turn';
import { swedishDay } from '../../shared/swedishTime';
import { inert } from '../../shared/text';
import { showMatrix } from './actions';
import { findOwner, ownersOf } from './domain/RiskOwner';
import { draftRef, type PlanFlow } from './planChanges';
import type { RiskServices } from './services';

/** "[nämnd eller förvaltning] [år]" as typed: the owner by name or id (else the user's own), the year (else this one). */
async function readArgs(s: RiskServices, turn: Turn): Promise<{ owner: string; year: number } | string> {
  const tokens = turn.args.trim().split(/\s+/).filter(Boolean);
  const yearToken = tokens.find((t) => /^20\d{2}$/.test(t));
  const year = yearToken ? Number(yearToken) : Number(swedishDay(s.clock()).slice(0, 4));
  const name = tokens.filter((t) => t !== yearToken).join(' ');
  const org = await s.org.getStructure(turn.session.kommun);
  if (!org) return 'Ingen organisation är inläst ännu.';
  const owner = name ? findOwner(org, name) : ownersOf(org, turn.session.person)[0];
  if (owner) return { owner: owner.key, year };
  const choices = [...org.bodies.filter((b) => b.kind !== 'fullmaktige').map((b) => b.name), ...org.administrations.map((a) => a.name)];
  return `${name ? `Jag hittar ingen nämnd eller förvaltning som heter "${inert(name)}".` : 'Skriv vilken nämnd eller förvaltning du menar.'} Välj bland: ${choices.join(', ')}.`;
}

/** `riskanalys` and `riskmatris`: the register as a matrix and a list; `internkontrollplan`: the plan. */
export function riskCommands(s: RiskServices, plan: PlanFlow): Command[] {
  const matrix = async (turn: Turn) => {
    const args = await readArgs(s, turn);
    if (typeof args === 'string') return void (await turn.reply(args));
    const result = await showMatrix(s, turn.session, args.owner, args.year);
    await turn.reply(result.kind === 'card' ? { card: result.card, summary: 'Riskmatris' } : result.kind === 'error' ? result.message : result.text);
  };
  return [
    { name: 'riskanalys', aliases: ['riskanalyser', 'risker', 'risk- och väsentlighetsanalys'], usage: 'riskanalys [nämnd eller förvaltning] [år]', description: 'Risk- och väsentlighetsanalysen: lägg till och bedöm risker.', button: 'Riskanalys', run: matrix },
    { name: 'riskmatris', aliases: ['riskmatrisen'], usage: 'riskmatris [nämnd eller förvaltning] [år]', description: 'Riskerna i en matris efter sannolikhet och konsekvens.', run: matrix },
    {
      name: 'internkontrollplan',
      aliases: ['internkontrollplanen', 'ikp', 'intern kontrollplan'],
      usage: 'internkontrollplan [nämnd eller förvaltning] [år]',
      description: 'Internkontrollplanen: kontroller, beslut och uppföljning med trafikljus.',
      async run(turn) {
        const args = await readArgs(s, turn);
        if (typeof args === 'string') return void (await turn.reply(args));
        const auth = await plan.authorize(turn.session, await draftRef(s, turn.session.kommun, args.owner, args.year), 'view');
        if (!auth.ok) return void (await turn.reply(auth.message));
        await turn.reply({ card: await latestCard(plan, turn.session, auth.context), summary: 'Internkontrollplan' });
      },
    },
  ];
}
