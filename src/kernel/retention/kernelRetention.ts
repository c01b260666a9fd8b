import { finalStatuses } from '../jobs/Delivery';
import type { RetentionRule } from './RetentionRule';

/** The audit trail of admin actions (kernel collection 'audit'). */
export const auditCollection = 'audit';

/** The kernel's own collections, how long each is kept and what erasing a person does there. */
export const kernelRetention: readonly RetentionRule[] = [
  { collection: 'org', purpose: 'Kommunens organisation (nämnder, förvaltningar, enheter, mål); inga personuppgifter.', keep: 'whileUsed' },
  {
    collection: 'people',
    purpose: 'Personer i organisationsfilen: namn, e-post, Entra-id och roller, för att veta vem som får göra vad och vem som ska påminnas.',
    keep: 'whileUsed',
    person: { fields: ['id', 'aadObjectId', 'email'], erase: 'delete' },
  },
  {
    collection: 'conversations',
    purpose: 'Konversationsreferenser (Teams-id:n, inga meddelanden) för att kunna skicka påminnelser; förnyas en gång i månaden när någon skriver till boten.',
    keep: 'days',
    days: 365,
    dateField: 'updatedAt',
    person: { fields: ['id', 'aadObjectId'], erase: 'delete' },
  },
  {
    collection: 'chatSettings',
    partition: 'entraTenant',
    purpose: 'Vilken kommuns styrmodell en chatt, ett team eller en persons egen chatt använder, och vem som valde den.',
    keep: 'whileUsed',
    person: { fields: ['id', 'changedBy'], erase: 'pseudonymise' },
  },
  {
    collection: 'deadlines',
    purpose: 'Kommunens tidsfrister (vad, när, vem) och vem som flyttade eller stängde dem.',
    keep: 'whileUsed',
    person: { scan: true, erase: 'pseudonymise' },
  },
  { collection: 'meetings', purpose: 'Organens sammanträdesplaner (datum och rubrik); inga personuppgifter.', keep: 'whileUsed' },
  {
    collection: 'deliveries',
    purpose: 'Planerade och skickade påminnelser till en person: när, om vad och hur det gick (ingen meddelandetext).',
    keep: 'days',
    days: 180,
    dateField: 'updatedAt',
    filter: { status: [...finalStatuses] },
    person: { fields: ['person', 'aadObjectId'], erase: 'delete' },
  },
  { collection: 'leases', partition: 'app', purpose: 'Vilken instans som skickar påminnelser just nu; inga personuppgifter.', keep: 'whileUsed' },
  {
    collection: auditCollection,
    purpose: 'Loggen över administratörers åtgärder: vem (person-id), vad (kommando eller knapp), när och i vilken kommun, aldrig meddelandetext.',
    keep: 'days',
    days: 730,
    dateField: 'at',
    person: { fields: ['by', 'subject'], erase: 'keep' },
  },
];
