import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue } from 'botbuilder';
import type { z } from 'zod';
import type { Turn } from './Turn';

/** A card action: the zod schema of its `data` and the handler; routed by `Action.Execute` verb. */
export interface CardAction<S extends z.ZodType = z.ZodType> {
  verb: string;
  schema: S;
  handle(turn: Turn, data: z.infer<S>): Promise<AdaptiveCardInvokeResponse>;
}

export const defineCardAction = <S extends z.ZodType>(a: CardAction<S>): CardAction => a as unknown as CardAction;

/** A plain "OK" response: the card stays as it is. */
export const messageResponse = (text: string): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value: text as never,
});

/** A response that replaces the card with `card`. */
export const cardResponse = (card: Record<string, unknown>): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value: card as never,
});

/** An error response Teams shows to the user. */
export const errorResponse = (statusCode: 400 | 403 | 404 | 409 | 500, code: string, message: string): AdaptiveCardInvokeResponse => ({
  statusCode,
  type: 'application/vnd.microsoft.error',
  value: { code, message } as never,
});

/** Routes `adaptiveCard/action` invokes by verb; the data is parsed with the action's zod schema at the edge. */
export class CardActionRouter {
  private readonly byVerb: Map<string, CardAction>;

  constructor(actions: CardAction[]) {
    this.byVerb = new Map(actions.map((a) => [a.verb, a]));
  }

  async route(turn: Turn, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const action = this.byVerb.get(value.action?.verb ?? '');
    if (!action) return errorResponse(400, 'unknown_verb', 'Den här knappen känner jag inte igen.');
    const parsed = action.schema.safeParse(value.action.data ?? {});
    if (!parsed.success) return errorResponse(400, 'invalid_data', 'Kortets data är ogiltig.');
    return action.handle(turn, parsed.data);
  }
}
