import type { Session } from '../../kernel/turn/Session';
import type { Reply } from '../../kernel/turn/Turn';
import { swedishDay } from '../../shared/swedishTime';
import { statusCard, type StatusOptions } from './cards/statusCard';
import { canRemind } from './domain/followupAccess';
import { periodStatus } from './domain/periodStatus';
import type { FollowupServices } from './services';

/** The status card of a period for the user (late units first), or why not; `view` narrows it to a nämnd or förvaltning and a page. */
export async function statusReply(s: FollowupServices, session: Session, period: string, year: number, notice: StatusOptions['notice'] = null, view: StatusOptions['view'] = {}): Promise<Reply> {
  const status = await periodStatus(s, s.packs.get(session.kommun), session.person, period, year);
  if (!status.ok) return status.text;
  return { card: statusCard(status.period, status.summary, { canRemind: canRemind(status.person), notice, today: swedishDay(s.clock()), view }) };
}
