import { latestCard } from '../../kernel/forms/formActions';
import type { FormWorkflow } from '../../kernel/forms/FormWorkflow';
import { pass, type Command } from '../../kernel/turn/Command';
import type { Session } from '../../kernel/turn/Session';
import type { Reply, Turn } from '../../kernel/turn/Turn';
import { authorizeReport } from './authorizeReport';
import type { FollowupReport, ReportRef } from './domain/FollowupReport';
import type { ReportContext } from './domain/loadReportContext';
import { exportLinks } from './exportLinks';
import { leaderCard } from './leaderCard';
import { readPeriodArgs } from './periodArgs';
import { byIdOrName, inert } from '../../shared/text';
import { statusReply } from './statusReply';
import type { FollowupServices } from './services';

/** A question that merely starts with a command word ("Uppföljning av mål, hur går den till?"). */
const looksLikeQuestion = (args: string) => args.includes('?') || args.trim().split(/\s+/).length >= 4;

type Show = (session: Session, period: string, year: number, rest: string) => Promise<Reply>;

/**
 * Runs `show` with the period and year the user typed (or the current ones). Text that is no period
 * but reads like a question is passed on (answered as a question).
 */
const withPeriod = (s: FollowupServices, show: Show) => async (turn: Turn) => {
  const args = readPeriodArgs(s.packs, turn.session.kommun, turn.args, s.clock());
  if (!args.ok && looksLikeQuestion(turn.args)) return pass;
  await turn.reply(args.ok ? await show(turn.session, args.period, args.year, args.rest) : args.text);
};

/** `uppföljning`, `status` and `export`, each with an optional period and year. */
export function followupCommands(s: FollowupServices, workflow: FormWorkflow<ReportRef, ReportContext, FollowupReport>): Command[] {
  return [
    {
      name: 'uppföljning',
      aliases: ['followup'],
      usage: 'uppföljning [period] [år]',
      description: 'Öppnar uppföljningen för enheten du är chef för.',
      private: true,
      button: 'Uppföljning',
      run: withPeriod(s, async (session, period, year, unitText) => {
        if (!unitText) return leaderCard(s, workflow, session, period, year);
        const org = await s.org.getStructure(session.kommun);
        const unit = org && byIdOrName(org.units, unitText);
        if (!unit) return `Jag hittar ingen enhet som heter ”${inert(unitText)}”. Skriv ”status” och välj enheten i listan.`;
        const auth = await authorizeReport(s, session, { period, year, unit: unit.id }, 'view');
        return auth.ok ? { card: await latestCard(workflow, session, auth.context) } : auth.message;
      }),
    },
    {
      name: 'status',
      usage: 'status [period] [år]',
      description: 'Visar hur enheterna ligger till med uppföljningen och vilka som saknas.',
      run: withPeriod(s, (session, period, year) => statusReply(s, session, period, year)),
    },
    {
      name: 'export',
      aliases: ['exportera'],
      usage: 'export [period] [år] [nämnd]',
      description: 'Ger länkar för att ladda ner svaren som CSV eller Excel.',
      private: true,
      run: withPeriod(s, (session, period, year, body) => exportLinks(s, session, period, year, body || undefined)),
    },
  ];
}
