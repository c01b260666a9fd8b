import type { Feature } from '../../kernel/Feature';
import { helpCommand } from './help';
import { kommunCommand } from './kommun';
import { rolesCommand } from './roles';
import { welcome } from './welcome';

/** The basics every chat has: help menu, welcome card, "roller" and "kommun". */
export const basicsFeature: Feature = {
  name: 'basics',
  collections: [],
  start(ctx) {
    const kommunName = (kommun: string) => ctx.packs.name(kommun);
    return {
      commands: [helpCommand({ commands: ctx.commands, kommunName }), rolesCommand({ org: ctx.org, kommunName }), kommunCommand(ctx)],
      onInstall: welcome({ kommunName, authenticated: ctx.authenticated, dataProtectionUrl: ctx.dataProtectionUrl }),
    };
  },
};
