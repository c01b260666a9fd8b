import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { StoreUnavailableError } from '../../../errors';
import { errorResponse } from '../../CardActionRouter';
import { refusals } from './refusals';

/** Runs a read-only card action; a store outage becomes a kind "try again" instead of a failed turn. */
export async function guardStore(run: () => Promise<AdaptiveCardInvokeResponse>): Promise<AdaptiveCardInvokeResponse> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof StoreUnavailableError) return errorResponse(500, 'store_unavailable', refusals.storeDownRead);
    throw e;
  }
}
