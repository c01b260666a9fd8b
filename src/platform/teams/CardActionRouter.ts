import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue } from 'botbuilder';
import { StoreUnavailableError } from '../../shared/errors';
import type { ActionResult, CardAction } from '../../kernel/turn/CardAction';
import type { Turn } from '../../kernel/turn/Turn';

/** The invoke response Teams expects for an action's result (always HTTP 200; the outcome is in the body). */
export function toInvokeResponse(result: ActionResult): AdaptiveCardInvokeResponse {
  switch (result.kind) {
    case 'card':
      return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: result.card as never };
    case 'message':
      return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: result.text as never };
    case 'error':
      return { statusCode: result.status, type: 'application/vnd.microsoft.error', value: { code: result.code, message: result.message } as never };
  }
}

const storeDownText = 'Jag når inte lagringen just nu. Försök igen om en stund.';

/** Told of every card action that runs (the audit trail of admin actions), beside the action itself. */
export type ActionObserver = (turn: Turn, verb: string) => Promise<void>;

/**
 * Routes `adaptiveCard/action` invokes by verb; the data is parsed with the action's zod schema at the
 * edge (its strings were already cleaned with the activity, see activitySchema).
 */
export class CardActionRouter {
  private readonly byVerb: Map<string, CardAction>;

  constructor(actions: CardAction[], private readonly observe?: ActionObserver) {
    this.byVerb = new Map(actions.map((a) => [a.verb, a]));
  }

  /** Every verb the app answers (for tests that press every button). */
  get verbs(): string[] {
    return [...this.byVerb.keys()];
  }

  /**
   * What a press answers when the store cannot be reached: an error, so Teams keeps the card as it is,
   * with whatever the user typed in it; the action may say it in its own words ("Det gick inte att spara …").
   */
  storeDown(verb: unknown): AdaptiveCardInvokeResponse {
    const message = (typeof verb === 'string' ? this.byVerb.get(verb)?.storeDown : undefined) ?? storeDownText;
    return toInvokeResponse({ kind: 'error', status: 503, code: 'store_unavailable', message });
  }

  async route(turn: Turn, value: AdaptiveCardInvokeValue | undefined): Promise<AdaptiveCardInvokeResponse> {
    const verb = value?.action?.verb;
    const action = typeof verb === 'string' ? this.byVerb.get(verb) : undefined;
    if (!action) return toInvokeResponse({ kind: 'error', status: 400, code: 'unknown_verb', message: 'Den här knappen känner jag inte igen.' });
    const parsed = action.schema.safeParse(value?.action.data ?? {});
    if (!parsed.success) return toInvokeResponse({ kind: 'error', status: 400, code: 'invalid_data', message: 'Kortets data är ogiltig.' });
    try {
      const [result] = await Promise.all([action.handle(turn, parsed.data), this.observe?.(turn, action.verb)]);
      return toInvokeResponse(result);
    } catch (e) {
      if (!(e instanceof StoreUnavailableError)) throw e;
      return this.storeDown(verb);
    }
  }
}
