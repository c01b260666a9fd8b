import { z } from 'zod';
import { defineExporter, type Exporter } from '../../kernel/export/Exporter';
import type { FeatureContext } from '../../kernel/Feature';
import { isAdmin } from '../../kernel/org/access';
import { findSubject } from './findSubject';

/**
 * The JSON behind an export link: everything stored about one person, read when the link is opened,
 * and only while the admin who asked for it is still an admin.
 */
export function personDataExporter(ctx: FeatureContext): Exporter {
  return defineExporter({
    name: 'personuppgifter',
    params: z.object({ person: z.string().min(1).max(100), tenant: z.string().max(100).optional() }),
    async produce(kommun, params, by) {
      if (!isAdmin(await ctx.org.getPerson(kommun, by))) return { ok: false, reason: 'forbidden' };
      const subject = await findSubject(ctx.org, kommun, params.person);
      const json = await ctx.personalData.export({ kommun, entraTenantId: params.tenant || undefined }, subject.keys, ctx.clock());
      const slug = (subject.keys.id ?? 'person').replace(/[^a-z0-9._-]/gi, '_');
      return { ok: true, title: `Personuppgifter ${subject.asked}`, fileName: `personuppgifter-${kommun}-${slug}`, json };
    },
  });
}
