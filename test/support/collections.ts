import { loadConfig } from '../../src/app/config';
import { appFeatures, collectionsOf } from '../../src/app/features';

/** Every collection the app keeps, for tests that open a store of their own. */
export const allCollections = collectionsOf(appFeatures(loadConfig({})));
