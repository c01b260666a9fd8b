import { formatDateTime } from '../../../domain/time/swedishTime';
import { renderFollowupExport } from '../../../cards/followup/followupExport';
import type { Turn } from '../../Turn';
import type { CardOrText } from './leaderCard';
import { periodStatus } from './statusCard';

/** Signed download links (CSV and Excel) for all the units the user may view, and per nämnd. */
export async function exportCard(turn: Turn, period: string, year: number, body?: string): Promise<CardOrText> {
  const status = await periodStatus(turn, period, year);
  if (!status.ok) return { text: status.text };
  const bodies = [...new Map(status.summary.groups.map((g) => [g.body.id, g.body.name])).entries()].filter(([id]) => !body || id === body);
  if (bodies.length === 0) return { text: body ? `Jag hittar ingen nämnd med id ”${body}” bland de enheter du kan se.` : 'Det finns inga enheter som du kan exportera.' };
  const link = (format: 'csv' | 'xlsx', bodyId?: string) =>
    turn.deps.followup.links.create({ kommun: turn.session.kommun, period, year, body: bodyId, format, by: status.person.id });
  const scopes = [
    ...(body || bodies.length === 1 ? [] : [{ name: 'Alla enheter du kan se', id: undefined }]),
    ...bodies.map(([id, name]) => ({ name, id })),
  ].map((s) => ({ name: s.name, csv: link('csv', s.id).url, xlsx: link('xlsx', s.id).url }));
  const expiresAt = link('csv').expiresAt;
  return {
    card: renderFollowupExport({
      title: `${status.period.name} ${year}`,
      validity: `Länkarna gäller till ${formatDateTime(expiresAt)} (15 minuter) och bara för dig.`,
      scopes,
    }),
  };
}
