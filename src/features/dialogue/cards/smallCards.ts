import { renderCard, type AdaptiveCardJson } from '../../../kernel/cards/renderCard';

/** Typed data of cards/dialogue/calendar.json: a short-lived signed link to a meeting's .ics file. */
export interface CalendarData {
  title: string;
  url: string;
  validity: string;
}

/** One meeting in the list: what, when and where, and how the person stands to it. */
export interface ListItem {
  id: string;
  title: string;
  line: string;
  status: string;
}

/** Typed data of cards/dialogue/list.json: the person's coming meetings, and past ones with their notes. */
export interface ListData {
  intro: string;
  upcoming: ListItem[];
  past: ListItem[];
  more: string | null;
  canBook: boolean;
}

export const calendarCard = (data: CalendarData): AdaptiveCardJson => renderCard('dialogue/calendar', data);
export const listCard = (data: ListData): AdaptiveCardJson => renderCard('dialogue/list', data);
