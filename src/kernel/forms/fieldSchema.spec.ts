import type { FieldDef } from './FieldDef';
import { fieldSchema } from './fieldSchema';

const time: FieldDef = { key: 'start', label: 'Börjar', kind: 'time' };
const many: FieldDef = { key: 'who', label: 'Vilka', kind: 'choice', multiSelect: true, choices: ['person:a', 'person:b', 'role:members:bun'] };

describe('Field schemas: times and multi-select choices', () => {
  it('When a time is typed, then HH:MM from 00:00 to 23:59 is kept and anything else gets the message next to the field', () => {
    expect(fieldSchema(time).safeParse('13:05').data).toBe('13:05');
    expect(fieldSchema(time).safeParse('').data).toBeUndefined();
    for (const bad of ['24:00', '9:30', '13.05', '12:60']) expect(fieldSchema(time).safeParse(bad).error?.issues[0].message).toBe('Ange en tid som TT:MM, till exempel 13:30.');
  });

  it('When several choices are sent as the card sends them ("a,b"), then each must be one of the field\'s and each is kept once', () => {
    expect(fieldSchema(many).safeParse('person:b,role:members:bun,person:b').data).toBe('person:b,role:members:bun');
    expect(fieldSchema(many).safeParse('').data).toBeUndefined();
    expect(fieldSchema(many).safeParse('person:a,person:x').error?.issues[0].message).toBe('Välj bland alternativen.');
  });
});
