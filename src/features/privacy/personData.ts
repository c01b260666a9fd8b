import { z } from 'zod';
import { linkValidity } from '../../kernel/export/exportCard';
import type { FeatureContext } from '../../kernel/Feature';
import { isAdmin } from '../../kernel/org/access';
import { defineCardAction, refuse, showCard, type ActionResult, type CardAction } from '../../kernel/turn/CardAction';
import type { Command } from '../../kernel/turn/Command';
import type { Session } from '../../kernel/turn/Session';
import { formatDateTime } from '../../shared/swedishTime';
import { findSubject } from './findSubject';
import { erasedCard, personCard } from './personCard';

const refusal = 'Bara en administratör kan se, exportera eller radera en persons uppgifter.';
const personData = z.object({ person: z.string().trim().min(1).max(100) });

/** Who may act: an admin; anyone else is refused, and the attempt is in the audit trail. */
async function admitted(ctx: FeatureContext, session: Session, what: string, subject: string): Promise<boolean> {
  if (isAdmin(session.person)) return true;
  await ctx.audit.record(session, { what, subject, outcome: 'refused' });
  return false;
}

/**
 * `personuppgifter <person-id | e-post | Entra-objekt-id>` (admins): what is stored about one person and
 * what erasing would do; from there export (JSON, signed link) and erasure. Every step checks the admin
 * role again and writes its own audit entry naming whose data it was.
 */
export function personDataCommand(ctx: FeatureContext): Command {
  return {
    name: 'personuppgifter',
    aliases: ['personuppgift', 'registerutdrag'],
    usage: 'personuppgifter person-id, e-post eller Entra-id',
    description: 'Administratörer: vad som är sparat om en person, export (JSON) och radering.',
    audited: true,
    async run(turn) {
      const asked = turn.args.trim().split(/\s+/)[0] ?? '';
      if (!(await admitted(ctx, turn.session, 'personuppgifter', asked || '-'))) return void (await turn.reply(refusal));
      if (!asked) return void (await turn.reply('Skriv vem det gäller: **personuppgifter** följt av person-id, e-postadress eller Entra-objekt-id.'));
      const subject = await findSubject(ctx.org, turn.session.kommun, asked);
      const found = await ctx.personalData.find(turn.session, subject.keys);
      await ctx.audit.record(turn.session, { what: 'personuppgifter:visa', subject: subject.keys.id ?? subject.asked, outcome: 'done' });
      await turn.reply({ card: personCard(subject, found, 'overview'), summary: 'Personuppgifter' });
    },
  };
}

/** The card's buttons: show again, export (a signed link to the JSON), confirm, erase. */
export function personDataActions(ctx: FeatureContext): CardAction[] {
  const action = (verb: string, what: string, handle: (session: Session, asked: string) => Promise<ActionResult>) =>
    defineCardAction({
      verb,
      schema: personData,
      audited: true,
      async handle(turn, data) {
        if (!(await admitted(ctx, turn.session, what, data.person))) return refuse(403, 'forbidden', refusal);
        return handle(turn.session, data.person);
      },
    });
  const overview = async (session: Session, asked: string, state: 'overview' | 'confirm', download?: { url: string; validity: string }) => {
    const subject = await findSubject(ctx.org, session.kommun, asked);
    return showCard(personCard(subject, await ctx.personalData.find(session, subject.keys), state, download));
  };
  return [
    action('privacy.show', 'personuppgifter:visa', async (session, asked) => {
      await ctx.audit.record(session, { what: 'personuppgifter:visa', subject: asked, outcome: 'done' });
      return overview(session, asked, 'overview');
    }),
    action('privacy.confirm', 'personuppgifter:visa', async (session, asked) => {
      await ctx.audit.record(session, { what: 'personuppgifter:visa', subject: asked, outcome: 'done' });
      return overview(session, asked, 'confirm');
    }),
    action('privacy.export', 'personuppgifter:export', async (session, asked) => {
      const subject = await findSubject(ctx.org, session.kommun, asked);
      const link = ctx.links.create({ exporter: 'personuppgifter', kommun: session.kommun, params: { person: asked, tenant: session.entraTenantId ?? '' }, format: 'json', by: session.person!.id });
      await ctx.audit.record(session, { what: 'personuppgifter:export', subject: subject.keys.id ?? asked, outcome: 'done' });
      return overview(session, asked, 'overview', { url: link.url, validity: linkValidity(link.expiresAt, 1) });
    }),
    action('privacy.erase', 'personuppgifter:radera', async (session, asked) => {
      const subject = await findSubject(ctx.org, session.kommun, asked);
      const outcomes = await ctx.personalData.erase(session, subject.keys);
      await ctx.audit.record(session, { what: 'personuppgifter:radera', subject: subject.keys.id ?? asked, outcome: 'done' });
      return showCard(erasedCard(subject, outcomes));
    }),
  ];
}
