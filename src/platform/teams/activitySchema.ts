import { z } from 'zod';
import { cleanJson, cleanText, printable } from '../../shared/text';

/** C0 controls and DEL, and a surrogate without its other half: never in an id a Teams client sends. */
const unprintable = /[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** An id (user, conversation, tenant, channel): a printable string, so nothing else ever reaches a store query. */
const id = (max: number) => z.string().min(1).max(max).refine((s) => !unprintable.test(s), 'unprintable id');

/** Free text (a message, a display name): cleaned (see cleanText); a broken character is refused. */
const text = (max: number) =>
  z.string().max(max).transform((s, ctx) => {
    const clean = cleanText(s);
    if (clean === undefined) ctx.addIssue({ code: 'custom', message: 'broken character' });
    return clean ?? '';
  });

/**
 * A display name (a person's, a channel's): cleaned, but a broken character becomes "�" rather than
 * refusing the activity, since a name cut in the middle of an emoji upstream must not lock anyone out.
 */
const displayName = z.string().max(256).transform((s) => printable(s).normalize('NFC'));

const httpUrl = z.string().max(2048).refine((s) => {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}, 'not an http(s) URL');

const account = z.looseObject({ id: id(512), name: displayName.optional(), aadObjectId: id(128).optional(), role: z.string().max(32).optional() });

/** A mention names someone; the SDK's removeRecipientMention reads `mentioned.id` and `text`. */
const entity = z
  .looseObject({ type: z.string().max(64), mentioned: account.optional(), text: z.string().max(1024).optional() })
  .refine((e) => e.type !== 'mention' || (e.mentioned && e.text !== undefined), 'mention without whom');

/** An activity's value (card data, a submitted command): JSON with every string cleaned (keys too), at most 8 levels deep. */
const cleanValue = z.unknown().transform((value, ctx) => {
  const clean = cleanJson(value);
  if (clean === undefined && value !== undefined) ctx.addIssue({ code: 'custom', message: 'broken character or too deep' });
  return clean;
});

/** The value of an `adaptiveCard/action` invoke (Universal Actions). */
export const cardInvokeValueSchema = z.looseObject({
  action: z.looseObject({ type: z.string().max(64).optional(), verb: z.string().min(1).max(200), data: z.record(z.string(), z.unknown()).optional() }),
  trigger: z.string().max(32).optional(),
});

/** The invokes this bot answers; Teams sends no other, since the manifest declares nothing else. */
export const supportedInvokes = new Set(['adaptiveCard/action']);

/** What authentication needs to read (the JWT check compares channelId and serviceUrl with the token): nothing more. */
export const envelopeSchema = z.looseObject({
  type: z.string().min(1).max(64),
  channelId: z.string().max(64).optional(),
  serviceUrl: z.string().max(2048).optional(),
});

/**
 * The shape of an activity as Teams sends it, checked at the edge before the SDK's turn: ids are
 * printable strings, free text is cleaned, and what no Teams client sends (an id as an object, a
 * tenant as a list, an unknown invoke, an invoke without its value, "expectReplies") is refused.
 * Unknown fields pass through untouched (Teams adds to channelData over time).
 */
export const activitySchema = z
  .looseObject({
    type: z.string().min(1).max(64).regex(/^[A-Za-z]+$/),
    id: id(512).optional(),
    channelId: id(64),
    serviceUrl: httpUrl,
    from: account,
    recipient: account,
    conversation: z.looseObject({
      id: id(1024),
      tenantId: id(128).optional(),
      conversationType: z.string().max(32).optional(),
      isGroup: z.boolean().optional(),
      name: displayName.optional(),
    }),
    channelData: z.looseObject({ tenant: z.looseObject({ id: id(128) }).optional() }).optional(),
    text: text(50_000).optional(),
    textFormat: z.string().max(32).optional(),
    locale: z.string().max(35).regex(/^[A-Za-z0-9-]*$/).optional(),
    name: z.string().max(128).optional(),
    value: cleanValue.optional(),
    replyToId: id(512).optional(),
    membersAdded: z.array(account).max(1000).optional(),
    membersRemoved: z.array(account).max(1000).optional(),
    entities: z.array(entity).max(100).optional(),
    attachments: z.array(z.looseObject({ contentType: z.string().max(256) })).max(50).optional(),
    deliveryMode: z.literal('normal').optional(),
    timestamp: z.string().max(64).optional(),
    localTimestamp: z.string().max(64).optional(),
    expiration: z.string().max(64).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.type !== 'invoke') return;
    if (!a.name || !supportedInvokes.has(a.name)) ctx.addIssue({ code: 'custom', path: ['name'], message: 'unsupported invoke' });
    else if (!cardInvokeValueSchema.safeParse(a.value).success) ctx.addIssue({ code: 'custom', path: ['value'], message: 'invalid invoke value' });
  })
  .transform((a) => (a.type === 'invoke' ? { ...a, value: cardInvokeValueSchema.parse(a.value) } : a));
