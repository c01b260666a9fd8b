import type { Activity } from 'botbuilder';

/** The Entra tenant id of an activity (Teams puts it in conversation.tenantId and channelData.tenant.id). */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const fromChannelData = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return activity.conversation?.tenantId ?? fromChannelData ?? undefined;
}

/** Whether the allow-list admits the tenant; an empty list admits every tenant (local mode). */
export function tenantAllowed(allowed: string[], tenantId: string | undefined): boolean {
  if (allowed.length === 0) return true;
  return tenantId !== undefined && allowed.includes(tenantId);
}

/** The conversation's scope in Teams terms. */
export function scopeOf(activity: Partial<Activity>): 'personal' | 'groupChat' | 'channel' {
  const type = activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat' || activity.conversation?.isGroup) return 'groupChat';
  return 'personal';
}
