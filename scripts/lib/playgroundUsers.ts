import { stringify } from 'yaml';

/** The Agents Playground's mock users (its built-in configuration); the sample organisations give them roles. */
export const playgroundUsers = [
  { id: 'user-id-0', name: 'Alex Wilber', userPrincipleName: 'alexw@example.com', aadObjectId: '00000000-0000-0000-0000-0000000000020', givenName: 'Alex', surname: 'Wilber', email: 'alexw@example.com' },
  { id: 'user-id-1', name: 'Megan Bowen', userPrincipleName: 'meganb@example.com', aadObjectId: '00000000-0000-0000-0000-0000000000021', givenName: 'Megan', surname: 'Bowen', email: 'meganb@example.com' },
  { id: 'user-id-2', name: 'Adele Vance', userPrincipleName: 'adelev@example.com', aadObjectId: '00000000-0000-0000-0000-0000000000022', givenName: 'Adele', surname: 'Vance', email: 'adelev@example.com' },
  { id: 'user-id-3', name: 'Isaiah Langer', userPrincipleName: 'isaiah@example.com', aadObjectId: '00000000-0000-0000-0000-0000000000023', givenName: 'Isaiah', surname: 'Langer', email: 'isaiahl@example.com' },
  { id: 'user-id-4', name: 'Patti Fernandez', userPrincipleName: 'pattif@example.com', aadObjectId: '00000000-0000-0000-0000-0000000000024', givenName: 'Patti', surname: 'Fernandez', email: 'pattif@example.com' },
  { id: 'user-id-5', name: 'Lynne Robbins', userPrincipleName: 'lynner@example.com', aadObjectId: '00000000-0000-0000-0000-0000000000025', givenName: 'Lynne', surname: 'Robbins', email: 'lynner@example.com' },
];

/** A playground configuration file (YAML) whose current user is the one whose first name is `as`. */
export function playgroundConfig(as: string): string {
  const current = playgroundUsers.find((u) => u.givenName.toLowerCase() === as.toLowerCase());
  if (!current) throw new Error(`unknown playground user "${as}"; choose one of ${playgroundUsers.map((u) => u.givenName.toLowerCase()).join(', ')}`);
  return stringify({
    version: '0.1.1',
    tenantId: '00000000-0000-0000-0000-0000000000001',
    bot: { id: '00000000-0000-0000-0000-00000000000011', name: 'Styrmodellsboten' },
    currentUser: current,
    users: playgroundUsers.filter((u) => u !== current),
    personalChat: { id: '__PERSONAL_CHAT_ID__' },
    groupChat: { id: '__GROUP_CHAT_ID__', name: 'Group Chat' },
    team: { id: 'team-id', name: 'My Team', aadGroupId: '00000000-0000-0000-0000-000000000031', channels: [{ id: 'channel-announcements-id', name: 'Announcements' }] },
  });
}
