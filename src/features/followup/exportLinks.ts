import type { Session } from '../../kernel/turn/Session';
import type { Reply } from '../../kernel/turn/Turn';
import { byIdOrName, inert } from '../../shared/text';
import { exportCard, linkValidity } from '../../kernel/export/exportCard';
import { periodStatus } from './domain/periodStatus';
import type { FollowupServices } from './services';

/** Signed download links (CSV and Excel) for all the units the user may view, and per nämnd. */
export async function exportLinks(s: FollowupServices, session: Session, period: string, year: number, body?: string): Promise<Reply> {
  const status = await periodStatus(s, s.packs.get(session.kommun), session.person, period, year);
  if (!status.ok) return status.text;
  const visible = [...new Map(status.summary.groups.map((g) => [g.body.id, { id: g.body.id, name: g.body.name }])).values()];
  const chosen = body ? byIdOrName(visible, body) : undefined;
  if (body && !chosen) return `Jag hittar ingen nämnd som heter ”${inert(body)}” bland de enheter du kan se. Välj bland: ${visible.map((b) => b.name).join(', ')}.`;
  const bodies = visible.filter((b) => !chosen || b.id === chosen.id).map((b) => [b.id, b.name] as const);
  if (bodies.length === 0) return 'Det finns inga enheter som du kan exportera.';
  const link = (format: 'csv' | 'xlsx', bodyId?: string) =>
    s.links.create({ exporter: 'followup', kommun: session.kommun, params: { period, year, ...(bodyId ? { body: bodyId } : {}) }, format, by: status.person.id });
  const scopes = [
    ...(chosen || bodies.length === 1 ? [] : [{ name: 'Alla enheter du kan se', id: undefined }]),
    ...bodies.map(([id, name]) => ({ name, id })),
  ].map((sc) => ({ name: sc.name, csv: link('csv', sc.id).url, xlsx: link('xlsx', sc.id).url }));
  const expiresAt = link('csv').expiresAt;
  return {
    card: exportCard({
      title: `${status.period.name} ${year}`,
      validity: linkValidity(expiresAt),
      scopes,
    }),
  };
}
