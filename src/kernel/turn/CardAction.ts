import type { z } from 'zod';
import type { AdaptiveCardJson } from '../cards/renderCard';
import type { Reply, Turn } from './Turn';

/** What a card action answers, as plain data; the Teams edge turns it into an invoke response. */
export type ActionResult =
  | { kind: 'card'; card: AdaptiveCardJson }
  | { kind: 'message'; text: string }
  | { kind: 'error'; status: 400 | 403 | 404 | 409 | 500 | 503; code: string; message: string };

/** A card action: the zod schema of its `data` and the handler; routed by `Action.Execute` verb. */
export interface CardAction<S extends z.ZodType = z.ZodType> {
  verb: string;
  schema: S;
  handle(turn: Turn, data: z.infer<S>): Promise<ActionResult>;
  /** What to tell the user when the store cannot be reached (the card stays as it is); a general line by default. */
  storeDown?: string;
  /** The action writes its own audit entries (saying more, e.g. whose data); the edge then records none. */
  audited?: boolean;
}

export const defineCardAction = <S extends z.ZodType>(a: CardAction<S>): CardAction => a as unknown as CardAction;

/** The card replaces the one the button was on. */
export const showCard = (card: AdaptiveCardJson): ActionResult => ({ kind: 'card', card });

/** The card stays as it is; Teams may show the text briefly. */
export const done = (text: string): ActionResult => ({ kind: 'message', text });

/** An error Teams shows to the user. */
export const refuse = (status: 400 | 403 | 404 | 409 | 500 | 503, code: string, message: string): ActionResult => ({ kind: 'error', status, code, message });

/** A use case's reply as an action result: a card replaces the card, a text is a refusal. */
export const cardOrRefusal = (reply: Reply, status: 403 | 404 = 403): ActionResult =>
  typeof reply === 'string' ? refuse(status, status === 403 ? 'forbidden' : 'not_found', reply) : showCard(reply.card);
