import { CardFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Session } from '../../kernel/turn/Session';
import type { Reply, Turn } from '../../kernel/turn/Turn';
import { attachedFiles, sharePointHost } from './attachedFiles';

/** A reply as a Bot Framework activity: text, or an Adaptive Card attachment with its summary. */
export function toActivity(reply: Reply): Partial<Activity> {
  if (typeof reply === 'string') return { type: 'message', text: reply };
  return { type: 'message', summary: reply.summary, attachments: [CardFactory.adaptiveCard(reply.card)] };
}

/** The Turn features get: the session, the arguments, and a way to reply; the TurnContext stays here. */
/** Sends a reply to a person's personal chat with the bot (see Turn.replyPrivately). */
export type PrivateReply = (session: Session, message: Reply) => Promise<'sent' | 'no_chat' | 'failed'>;

export function teamsTurn(context: TurnContext, session: Session, args = '', fileHosts: (url: URL) => boolean = sharePointHost, privately?: PrivateReply): Turn {
  const reply = async (message: Reply) => void (await context.sendActivity(toActivity(message)));
  return {
    session,
    args,
    files: context.activity.type === 'message' ? attachedFiles(context.activity.attachments, fileHosts) : [],
    reply,
    replyPrivately: async (message) => {
      if (session.scope === 'personal' || !privately) return reply(message).then(() => 'sent' as const);
      return privately(session, message);
    },
  };
}
