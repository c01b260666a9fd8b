import type { Feature } from '../../kernel/Feature';
import { aboutCommand } from './aboutCommand';
import { personDataActions, personDataCommand } from './personData';
import { personDataExporter } from './personDataExporter';

/** Data protection: what the bot stores (everyone), and one person's data exported or erased (admins). */
export const privacyFeature: Feature = {
  name: 'privacy',
  collections: [],
  start(ctx) {
    return {
      commands: [aboutCommand(ctx), personDataCommand(ctx)],
      actions: personDataActions(ctx),
      exporters: [personDataExporter(ctx)],
    };
  },
};
