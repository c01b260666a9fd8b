import * as AC from 'adaptivecards';

/**
 * Parses a card with the official `adaptivecards` library (no DOM needed) and returns the
 * validation failures (empty = valid), plus the card's JSON size in bytes.
 */
export function validateCard(json: object): { failures: string[]; bytes: number } {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const failures: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    failures.push(`parse: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) failures.push(`validate: ${e.message}`);
  return { failures, bytes: Buffer.byteLength(JSON.stringify(json)) };
}
