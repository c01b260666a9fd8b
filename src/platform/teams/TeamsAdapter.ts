import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/** What a successful authentication gives (the claims, the audience, the connector factory for replies). */
export type Authenticated = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/**
 * The CloudAdapter with its two steps apart: `authenticate` (the Bot Framework JWT check, anonymous in
 * local mode) and `runTurn` (the turn pipeline for an activity already authenticated and checked). The
 * SDK's own `process()` does both at once on a parsed body, prints failures with console.error and
 * sends their text to the client; the HTTP edge does body, status codes and logging itself.
 */
export class TeamsAdapter extends CloudAdapter {
  constructor(private readonly auth: ConfigurationBotFrameworkAuthentication) {
    super(auth);
  }

  /** Rejects with the SDK's error when the token is missing, forged, expired, or its keys cannot be fetched. */
  authenticate(activity: Partial<Activity>, authHeader: string): Promise<Authenticated> {
    return this.auth.authenticateRequest(activity as Activity, authHeader);
  }

  /**
   * Runs the turn; the invoke response (if any) is what the bot set, as the SDK would return it. The
   * activity's times arrive as strings and become Dates here, as the SDK's own `process()` does.
   */
  runTurn(authenticated: Authenticated, activity: object, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    const a = { ...activity } as Record<string, unknown>;
    for (const key of ['timestamp', 'localTimestamp', 'expiration']) {
      if (typeof a[key] === 'string') a[key] = new Date(a[key]);
    }
    return this.processActivity(authenticated, a as unknown as Activity, logic);
  }
}
