import type { TurnContext } from 'botbuilder';
import type { BotDeps } from './BotDeps';
import type { Session } from './Session';

/** One incoming activity with its resolved session: what every handler receives. */
export interface Turn {
  context: TurnContext;
  session: Session;
  deps: BotDeps;
  /** Text after the command word (for messages). */
  args: string;
}
