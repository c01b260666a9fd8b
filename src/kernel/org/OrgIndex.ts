import type { Administration, OrgBody, OrgStructure, Unit } from './orgSchema';

/** Where something belongs in the organisation: a unit (if it is a unit's), its förvaltning and its nämnd. */
export interface Placement {
  unit?: Unit;
  administration?: Administration;
  body?: OrgBody;
}

/** Look-ups by id in an organisation structure (unit → förvaltning → nämnd), written once for every feature. */
export class OrgIndex {
  readonly units: Map<string, Unit>;
  readonly administrations: Map<string, Administration>;
  readonly bodies: Map<string, OrgBody>;

  constructor(readonly structure: OrgStructure) {
    this.units = new Map(structure.units.map((u) => [u.id, u]));
    this.administrations = new Map(structure.administrations.map((a) => [a.id, a]));
    this.bodies = new Map(structure.bodies.map((b) => [b.id, b]));
  }

  /** A unit with its förvaltning and nämnd; undefined when any link is missing. */
  placeUnit(unitId: string): Required<Placement> | undefined {
    const unit = this.units.get(unitId);
    const administration = unit && this.administrations.get(unit.administration);
    const body = administration && this.bodies.get(administration.body);
    return unit && administration && body ? { unit, administration, body } : undefined;
  }

  /** A förvaltning with its nämnd. */
  placeAdministration(administrationId: string): Placement | undefined {
    const administration = this.administrations.get(administrationId);
    return administration && { administration, body: this.bodies.get(administration.body) };
  }

  /** The nämnd a unit belongs to, by id. */
  bodyOfUnit(unitId: string): string | undefined {
    return this.placeUnit(unitId)?.body.id;
  }
}

const indexes = new WeakMap<OrgStructure, OrgIndex>();

/** The index of a structure, built once per loaded structure. */
export function orgIndex(structure: OrgStructure): OrgIndex {
  let index = indexes.get(structure);
  if (!index) {
    index = new OrgIndex(structure);
    indexes.set(structure, index);
  }
  return index;
}
