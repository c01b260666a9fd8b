import { join } from 'node:path';
import { PackRegistry } from '../../src/kernel/knowledge/PackRegistry';
import { startFollowupApp, type FollowupTestApp } from './followupApp';

/** The fixture kommun "provkommun" with dialogue meeting types (and no periods or decisions). */
export const dialoguePacks = PackRegistry.load(join(__dirname, '..', 'fixtures', 'dialogue', 'knowledge'));

/** The real app on a random port with the dialogue fixture pack and the follow-up fixture organisation, on a clock the test moves. */
export const startDialogueApp = (clock: () => Date): Promise<FollowupTestApp> => startFollowupApp({ packs: dialoguePacks, clock });
