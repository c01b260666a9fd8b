import { z } from 'zod';
import type { AdaptiveCardJson, Notice } from '../cards/renderCard';
import { cardOrRefusal, defineCardAction, done, refuse, showCard, type ActionResult, type CardAction } from '../turn/CardAction';
import type { Turn } from '../turn/Turn';
import type { Versioned } from '../store/Collection';
import type { Session } from '../turn/Session';
import { StoreUnavailableError } from '../../shared/errors';
import { numberForInput } from '../../shared/numbers';
import { formatDateTime } from '../../shared/swedishTime';
import type { Answers } from './FieldDef';
import type { FormRecord } from './FormRecord';
import type { Authorized, FormState, FormWorkflow } from './FormWorkflow';
import { saveForm, type SaveFormResult } from './saveForm';
import type { Intent } from './validateForm';

/** Stored answers as input text (numbers with a decimal comma, no thousands spaces). */
export function valuesOf(answers: Answers): Record<string, string> {
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, typeof v === 'number' ? numberForInput(v) : v]));
}

const storeDown = 'Det gick inte att spara just nu, försök igen om en stund. Dina uppgifter finns kvar i kortet.';

type Any = FormWorkflow<Record<string, unknown>, unknown, FormRecord>;
type Workflow<C, D extends FormRecord> = FormWorkflow<object, C, D>;

const refused = (auth: Exclude<Authorized<unknown>, { ok: true }>) => refuse(auth.status, auth.status === 403 ? 'forbidden' : 'not_found', auth.message);

/** The form filled with the stored version (or empty), refreshing for everyone who may see it (read unless given). */
export async function storedForm<C, D extends FormRecord>(w: Workflow<C, D>, session: Session, context: C, stored: Versioned<D> | undefined, notice: Notice | null = null, viewers?: string[]): Promise<AdaptiveCardJson> {
  return w.formCard(context, { values: valuesOf(stored?.doc.answers ?? {}), stored, notice, refreshUserIds: viewers ?? (await w.viewers(session, context)) });
}

/** The latest card for this user: editors get the form until it is handed in, then the receipt; viewers the read-only view. */
export async function latestCard<C, D extends FormRecord>(w: Workflow<C, D>, session: Session, context: C, notice: Notice | null = null): Promise<AdaptiveCardJson> {
  const { tenant, id } = w.where(context);
  const [stored, viewers] = await Promise.all([w.records.get(tenant, id), w.viewers(session, context)]);
  const canEdit = w.canEdit(session, context);
  if (canEdit && stored?.doc.state !== 'submitted') return storedForm(w, session, context, stored, notice, viewers);
  return w.receiptCard(context, stored?.doc, { canEdit, notice, refreshUserIds: viewers });
}

/** The card after a save, by its outcome; `viewers` is the refresh list, read while the save ran. */
function afterSave<C, D extends FormRecord>(w: Workflow<C, D>, session: Session, context: C, typed: FormState<D>, result: SaveFormResult<D>, viewers: string[], said?: Notice): AdaptiveCardJson {
  const form = (stored: Versioned<D>, notice: Notice) => w.formCard(context, { values: valuesOf(stored.doc.answers), stored, notice, refreshUserIds: viewers });
  switch (result.outcome) {
    case 'saved': {
      const { doc } = result.record;
      if (doc.state === 'submitted') {
        const notice: Notice = said ?? { text: `Tack! ${w.noun} är inlämnad (version ${doc.version}).`, color: 'Good' };
        return w.receiptCard(context, doc, { canEdit: w.canEdit(session, context), notice, refreshUserIds: viewers });
      }
      return form(result.record, said ?? { text: `Utkastet är sparat (version ${doc.version}).`, color: 'Good' });
    }
    case 'invalid':
      return w.formCard(context, { ...typed, errors: result.errors, stored: result.current });
    case 'locked':
      return w.formCard(context, { ...typed, stored: result.current, notice: { text: `${w.noun} är redan inlämnad. Spara dina ändringar med ”Lämna in ändringar”.`, color: 'Warning' } });
    case 'conflict': {
      const c = result.current.doc;
      const text = `${c.updatedByName} sparade en nyare version (version ${c.version}) ${formatDateTime(c.updatedAt)}. Dina ändringar sparades inte – du ser nu den versionen. Gör om ändringarna och spara igen.`;
      return form(result.current, { text, color: 'Attention' });
    }
  }
}

/**
 * A form asked for in a team or group chat goes to the asker's personal chat: a unit's figures are not
 * the channel's. The shared card stays as it is.
 */
async function privately(turn: Turn, card: AdaptiveCardJson): Promise<ActionResult> {
  const outcome = turn.replyPrivately ? await turn.replyPrivately({ card }) : 'no_chat';
  if (outcome === 'sent') return done('Formuläret är skickat till dig i vår personliga chatt.');
  return refuse(409, 'private_only', outcome === 'no_chat' ? 'Formulär visar jag bara i en personlig chatt. Sök upp Styrmodellsboten i Teams och öppna chatten först.' : 'Jag kunde inte skicka formuläret till din personliga chatt just nu. Försök igen om en stund.');
}

/** The refresh list when it could not be read: the card then refreshes for the user alone. */
function viewersOr(outcome: PromiseSettledResult<string[]>, userId: string): string[] {
  if (outcome.status === 'fulfilled') return outcome.value;
  if (!(outcome.reason instanceof StoreUnavailableError)) throw outcome.reason;
  return [userId];
}

/**
 * The five verbs of a form workflow, each checking the user's right on every press:
 * `<name>.open` (latest card; a picker without a full reference), `<name>.edit`, `<name>.refresh`
 * (Teams' automatic refresh and "Avbryt"), `<name>.save` (draft) and `<name>.submit`.
 */
export function formActions<R extends object, C, D extends FormRecord>(workflow: FormWorkflow<R, C, D>): CardAction[] {
  const w = workflow as unknown as Any;
  const ref = w.refSchema;
  const saveSchema = ref.extend({ etag: z.string().max(200).nullish(), version: z.coerce.number().int().min(0).nullish() }).catchall(z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]));
  const refKeys = new Set([...Object.keys(ref.shape), 'etag', 'version']);
  const refOnly = (data: Record<string, unknown>) => Object.fromEntries(Object.keys(ref.shape).map((k) => [k, data[k]]));

  const open = defineCardAction({
    verb: `${w.name}.open`,
    schema: ref.partial().extend({ as: z.enum(['message']).optional() }),
    async handle(turn, data) {
      const full = ref.safeParse(data);
      if (!full.success) return w.choose ? cardOrRefusal(await w.choose(turn.session, refOnly(data))) : refuse(400, 'invalid_data', 'Kortets data är ogiltig.');
      const auth = await w.authorize(turn.session, full.data, 'view');
      if (!auth.ok) return refused(auth);
      const card = await latestCard(w, turn.session, auth.context);
      if (turn.session.scope !== 'personal') return privately(turn, card);
      if (data.as !== 'message') return showCard(card);
      await turn.reply({ card });
      return done(`${w.noun} är skickad i chatten.`);
    },
  });

  const edit = defineCardAction({
    verb: `${w.name}.edit`,
    schema: ref,
    async handle(turn, data) {
      const auth = await w.authorize(turn.session, data, 'edit');
      if (!auth.ok) return refused(auth);
      const { tenant, id } = w.where(auth.context);
      const [stored, viewers] = await Promise.all([w.records.get(tenant, id), w.viewers(turn.session, auth.context)]);
      const card = await storedForm(w, turn.session, auth.context, stored, null, viewers);
      return turn.session.scope === 'personal' ? showCard(card) : privately(turn, card);
    },
  });

  const refresh = defineCardAction({
    verb: `${w.name}.refresh`,
    schema: ref,
    async handle(turn, data) {
      const auth = await w.authorize(turn.session, data, 'view');
      if (!auth.ok) return refused(auth);
      return showCard(await latestCard(w, turn.session, auth.context));
    },
  });

  const save = (intent: Intent) =>
    defineCardAction({
      verb: `${w.name}.${intent}`,
      schema: saveSchema,
      async handle(turn, data) {
        const auth = await w.authorize(turn.session, refOnly(data), 'edit');
        if (!auth.ok) return refused(auth);
        const { context } = auth;
        const person = turn.session.person!;
        const raw = Object.fromEntries(Object.entries(data).filter(([k, v]) => !refKeys.has(k) && v !== null && v !== undefined).map(([k, v]) => [k, String(v)]));
        // What the user typed, with no refresh clause (a refresh would wipe it).
        const etag = typeof data.etag === 'string' ? data.etag : null;
        const typed: FormState<FormRecord> = { values: raw, seen: { etag, version: typeof data.version === 'number' ? data.version : 0 }, refreshUserIds: null };
        // The refresh list (two reads) is independent of the save: read at the same time, not after it.
        const [saving, viewing] = await Promise.allSettled([
          saveForm(w.records, {
            ...w.where(context),
            etag,
            intent,
            raw,
            actor: { id: person.id, name: person.name },
            now: w.clock(),
            validate: (values, i) => w.validate(context, values, i),
            body: (answers) => w.body(context, answers),
          }),
          w.viewers(turn.session, context),
        ]);
        if (saving.status === 'rejected') {
          if (!(saving.reason instanceof StoreUnavailableError)) throw saving.reason;
          w.logWrite?.(turn.session, `${w.name}.${intent}`, saving.reason.code, context);
          return showCard(w.formCard(context, { ...typed, notice: { text: storeDown, color: 'Attention' } }));
        }
        const result: SaveFormResult<FormRecord> = saving.value;
        w.logWrite?.(turn.session, `${w.name}.${intent}`, result.outcome, context);
        const said = result.outcome === 'saved' ? ((await w.afterSave?.(turn.session, context, result.record)) ?? undefined) : undefined;
        return showCard(afterSave(w, turn.session, context, typed, result, viewersOr(viewing, turn.session.userId), said));
      },
      storeDown,
    });

  return [open, edit, refresh, save('save'), save('submit')];
}
