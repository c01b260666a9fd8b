/** Small helpers to look into Adaptive Card JSON in tests. */

type Node = Record<string, any>;

/** Every object in the card (depth first) that matches. */
export function findAll(node: unknown, match: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => findAll(n, match, out));
  else if (node && typeof node === 'object') {
    if (match(node as Node)) out.push(node as Node);
    Object.values(node).forEach((v) => findAll(v, match, out));
  }
  return out;
}

/** The input with this id. */
export const input = (card: unknown, id: string): Node | undefined => findAll(card, (n) => typeof n.type === 'string' && n.type.startsWith('Input.') && n.id === id)[0];

/** The element right after the input with this id, in the same list (where its error is shown). */
export function afterInput(card: unknown, id: string): Node | undefined {
  const lists = findAll(card, (n) => Array.isArray(n.items)).map((n) => n.items as Node[]);
  for (const items of lists) {
    const i = items.findIndex((x) => x.id === id);
    if (i >= 0) return items[i + 1];
  }
  return undefined;
}

/** The Action.Execute with this verb. */
export const action = (card: unknown, verb: string): Node | undefined => findAll(card, (n) => n.type === 'Action.Execute' && n.verb === verb)[0];

/** All visible text of the card, joined (for "contains" checks). */
export const textOf = (card: unknown): string => findAll(card, (n) => n.type === 'TextBlock' || n.type === 'Fact' || 'value' in n).map((n) => `${n.text ?? ''} ${n.title ?? ''} ${typeof n.value === 'string' ? n.value : ''}`).join('\n');
