import type { DocumentPart, Participant, WriteContext } from '@parley/shared';
import { mayWrite, mustSuggest } from '@parley/shared';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { ClientBindings } from './ClientBindings.ts';
import type { DocumentLayout, StructContent } from './DocumentLayout.ts';
import type { GateResult } from './GateResult.ts';
import { malformed, refuse } from './GateResult.ts';
import { textContentProblem } from './RichTextContent.ts';
import type { StructLocation } from './StructLocation.ts';
import { childLocation, childOfFreshType, locateStoredType, NOOP } from './StructLocation.ts';

export interface GateLimits {
  /** Most structs one update may carry. */
  readonly maxStructs: number;
  /** Most existing items one update's deletions may touch (a 12-byte delete can cover thousands). */
  readonly maxDeletedItems: number;
}

export const DEFAULT_GATE_LIMITS: GateLimits = { maxStructs: 200_000, maxDeletedItems: 200_000 };

export interface GateInput {
  /** The server's copy; the gate only reads it. */
  readonly doc: Y.Doc;
  readonly update: Uint8Array;
  readonly sender: Participant;
  readonly layout: DocumentLayout;
  readonly context: WriteContext;
  readonly bindings: ClientBindings;
  readonly limits?: GateLimits;
}

type Struct = Y.Item | Y.GC | Y.Skip;
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/** Where a struct's parent is: a root by name, a type in the server's document, or a type created in this update. */
type Container =
  | { readonly kind: 'root'; readonly name: string }
  | { readonly kind: 'stored'; readonly type: Y.AbstractType<unknown> }
  | { readonly kind: 'new'; readonly struct: Y.Item };

type Placement =
  | { readonly kind: 'noop' }
  | { readonly kind: 'placed'; readonly container: Container; readonly parentSub: string | null };
type Resolution =
  | Placement
  | { readonly kind: 'refused'; readonly reason: string; readonly missing?: boolean }
  | { readonly kind: 'needs'; readonly struct: Y.Item };

const NOOP_PLACEMENT: Placement = { kind: 'noop' };

class Refusal extends Error {}

/** The update needs edits the server does not have yet: not a breach, the sender should resync. */
class MissingDependency extends Refusal {}

/**
 * Decides, before anything is applied, whether an update may enter a document (DESIGN.md, "Sync").
 * It mirrors what Yjs 13's `applyUpdate` will do with each struct and deletion: where it lands (or
 * that it will be a no-op), refusing whatever Yjs would park as pending, and checks each touched part
 * with the shared write rules. The cost follows the update's structs and the items it deletes,
 * never the size of the document.
 */
export function checkUpdate(input: GateInput): GateResult {
  try {
    return new GateCheck(input).run();
  } catch (error) {
    if (error instanceof MissingDependency)
      return { ok: false, malformed: false, reason: error.message, missing: true };
    if (error instanceof Refusal) return refuse(error.message);
    // Anything Yjs or our own lookups could not make sense of is refused: fail closed.
    return malformed(`unreadable update (${error instanceof Error ? error.message : 'unknown error'})`);
  }
}

class GateCheck {
  private readonly store: Y.Doc['store'];
  private readonly limits: GateLimits;
  /** This update's structs per client, in clock order. */
  private readonly updateStructs = new Map<number, Struct[]>();
  private readonly placements = new Map<Y.Item, Placement>();
  private readonly storedLocations = new Map<Y.AbstractType<unknown>, StructLocation>();
  private readonly touchedParts = new Map<string, DocumentPart>();
  private readonly newClients = new Set<number>();
  /** Maps this update creates where a record must be (clauses, options, agenda items), with the keys it writes. */
  private readonly freshRecords = new Map<Y.Item, Extract<StructLocation, { kind: 'at' }>>();
  /** Keys written into maps this update creates. */
  private readonly freshKeys = new Map<Y.Item, Set<string>>();

  constructor(private readonly input: GateInput) {
    this.store = input.doc.store;
    this.limits = input.limits ?? DEFAULT_GATE_LIMITS;
  }

  run(): GateResult {
    const { structs, ds } = Y.decodeUpdate(this.input.update);
    if (structs.length > this.limits.maxStructs)
      throw new Refusal(`update too large to check (${structs.length} structs)`);
    this.indexStructs(structs);
    for (const [client, list] of this.updateStructs) this.checkClientStructs(client, list);
    this.checkDeletions(ds);
    this.checkFreshRecords();
    for (const part of this.touchedParts.values()) {
      // A delegate who must suggest may write clause text: what they wrote is judged on its effect (admitUpdate).
      const words = part.kind === 'clauseText' || part.kind === 'clauseVersion';
      const suggesting = words && mustSuggest(this.input.sender, this.input.context.settings);
      const verdict = mayWrite(this.input.sender, part, this.input.context, suggesting);
      if (!verdict.allowed) return refuse(verdict.reason);
    }
    const clauseTexts = [...this.touchedParts.values()].flatMap((part) =>
      part.kind === 'clauseText' ? [part.clauseId] : [],
    );
    const clauseVersions = [...this.touchedParts.values()].flatMap((part) =>
      part.kind === 'clauseVersion' ? [{ clauseId: part.clauseId, language: part.language }] : [],
    );
    const writesFormatting = structs.some(
      (struct) => struct instanceof Y.Item && struct.content instanceof Y.ContentFormat,
    );
    return { ok: true, newClients: [...this.newClients], clauseTexts, clauseVersions, writesFormatting };
  }

  /**
   * Groups structs per client and checks the block structure: `applyUpdate` keeps only the last block
   * of a client, so a client that appears twice, a gap inside a block, or a Skip is refused.
   */
  private indexStructs(structs: Struct[]): void {
    let runs = 0;
    let previous: Struct | null = null;
    for (const struct of structs) {
      if (struct instanceof Y.Skip) throw new Refusal('update has a gap (skip struct)');
      const client = struct.id.client;
      if (previous === null || previous.id.client !== client) {
        if (this.updateStructs.has(client)) throw new Refusal(`update repeats client ${client}`);
        this.updateStructs.set(client, []);
        runs++;
      } else if (struct.id.clock !== previous.id.clock + previous.length) {
        throw new Refusal(`update has a gap in client ${client}'s clocks`);
      }
      this.updateStructs.get(client)?.push(struct);
      previous = struct;
    }
    const declaredBlocks = decoding.readVarUint(decoding.createDecoder(this.input.update));
    if (declaredBlocks !== runs) throw new Refusal('update repeats a client block');
  }

  private checkClientStructs(client: number, list: Struct[]): void {
    const known = Y.getState(this.store, client);
    const first = list[0];
    if (first === undefined) return;
    // A block starting beyond what we hold would be parked as pending and applied later, unchecked.
    if (first.id.clock > known)
      throw new MissingDependency(`update depends on edits the server does not have (client ${client})`);
    for (const struct of list) {
      const end = struct.id.clock + struct.length;
      if (end <= known) continue; // Yjs skips clocks it already has.
      this.checkOwner(client);
      if (struct instanceof Y.GC) continue; // New clocks with no content.
      if (!(struct instanceof Y.Item)) continue;
      const placement = this.place(struct);
      if (struct.id.clock < known) this.checkContinuation(struct, placement, known);
      if (placement.kind === 'noop') continue;
      const location = this.locationOf(placement);
      this.touch(location, struct.content);
      if (location.kind === 'at' && !location.underDeleted) this.checkContent(struct, placement, location);
    }
  }

  /**
   * Inside text types the content must fit TipTap's schema (judged by the container's kind); a map a
   * record must be is remembered, to check once the whole update is read that it has all its fields.
   */
  private checkContent(struct: Y.Item, placement: Placement, location: Extract<StructLocation, { kind: 'at' }>): void {
    if (placement.kind !== 'placed') return;
    const { container, parentSub } = placement;
    const type =
      container.kind === 'stored'
        ? container.type
        : container.kind === 'new' && container.struct.content instanceof Y.ContentType
          ? container.struct.content.type
          : null;
    if (type !== null) {
      const problem = textContentProblem(type, parentSub, struct.content);
      if (problem) throw new Refusal(problem);
    }
    if (container.kind === 'new' && parentSub !== null) {
      const keys = this.freshKeys.get(container.struct) ?? new Set<string>();
      keys.add(parentSub);
      this.freshKeys.set(container.struct, keys);
    }
    if (struct.content instanceof Y.ContentType && this.input.layout.recordFields(location) !== null) {
      this.freshRecords.set(struct, location);
    }
  }

  /** A record created by this update carries every field of its kind (a clause missing its body would vanish). */
  private checkFreshRecords(): void {
    for (const [struct, location] of this.freshRecords) {
      const keys = this.freshKeys.get(struct);
      const missing = (this.input.layout.recordFields(location) ?? []).filter((field) => !keys?.has(field));
      if (missing.length > 0) throw new Refusal(`a new record lacks its ${missing.join(', ')}`);
    }
  }

  private checkOwner(client: number): void {
    const owner = this.input.bindings.ownerOf(client);
    // An id with history but no owner was used by the server before bindings were kept: not free to take.
    if (owner === undefined && Y.getState(this.store, client) > 0)
      throw new Refusal(`client id ${client} belongs to someone else`);
    if (owner === undefined) this.newClients.add(client);
    else if (owner !== this.input.sender.participantId)
      throw new Refusal(`client id ${client} belongs to someone else`);
  }

  /**
   * A struct that starts inside clocks we hold is integrated after our copy of its own prefix, but
   * keeps the parent its origin gives: both must be the same item's parent, or the list would break.
   */
  private checkContinuation(struct: Y.Item, placement: Placement, known: number): void {
    const prefix = Y.getItem(this.store, Y.createID(struct.id.client, known - 1));
    const container = placement.kind === 'placed' ? placement.container : null;
    if (
      !(prefix instanceof Y.Item) ||
      container?.kind !== 'stored' ||
      prefix.parent !== container.type ||
      prefix.parentSub !== (placement.kind === 'placed' ? placement.parentSub : null)
    ) {
      throw new Refusal('update overlaps content the server has and does not continue it');
    }
  }

  /** Resolves where Yjs will put a struct, iteratively (offline edits can chain thousands deep). */
  private place(item: Y.Item): Placement {
    const done = this.placements.get(item);
    if (done) return done;
    const stack: Y.Item[] = [item];
    const inProgress = new Set<Y.Item>([item]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Y.Item;
      const resolution = this.resolve(top);
      if (resolution.kind === 'refused') {
        throw resolution.missing ? new MissingDependency(resolution.reason) : new Refusal(resolution.reason);
      }
      if (resolution.kind === 'needs') {
        if (inProgress.has(resolution.struct)) throw new Refusal('update has a cycle between its structs');
        inProgress.add(resolution.struct);
        stack.push(resolution.struct);
        continue;
      }
      this.placements.set(top, resolution);
      inProgress.delete(top);
      stack.pop();
    }
    return this.placements.get(item) ?? NOOP_PLACEMENT;
  }

  /** One step of Yjs's `Item.getMissing`: the parent from the left neighbour, else the right, else explicit. */
  private resolve(item: Y.Item): Resolution {
    if (item.origin !== null || item.rightOrigin !== null) {
      const left = item.origin ? this.lookup(item.origin) : null;
      const right = item.rightOrigin ? this.lookup(item.rightOrigin) : null;
      for (const side of [left, right]) {
        if (side !== null && side !== 'gc' && 'refused' in side)
          return { kind: 'refused', reason: side.refused, missing: true };
      }
      if (left === 'gc' || right === 'gc') return NOOP_PLACEMENT;
      const neighbour = left ?? right;
      if (neighbour === null || 'refused' in neighbour) return NOOP_PLACEMENT;
      if ('stored' in neighbour) {
        const parent = neighbour.stored.parent;
        if (!(parent instanceof Y.AbstractType)) return NOOP_PLACEMENT;
        return { kind: 'placed', container: { kind: 'stored', type: parent }, parentSub: neighbour.stored.parentSub };
      }
      const placed = this.placements.get(neighbour.fresh);
      return placed ?? { kind: 'needs', struct: neighbour.fresh };
    }
    const parent = item.parent as unknown;
    if (typeof parent === 'string') {
      return { kind: 'placed', container: { kind: 'root', name: parent }, parentSub: item.parentSub };
    }
    if (parent instanceof Y.ID) {
      const holder = this.lookup(parent);
      if (holder === 'gc') return NOOP_PLACEMENT;
      if ('refused' in holder) return { kind: 'refused', reason: holder.refused, missing: true };
      if ('stored' in holder) {
        if (!(holder.stored.content instanceof Y.ContentType)) return NOOP_PLACEMENT;
        return {
          kind: 'placed',
          container: { kind: 'stored', type: holder.stored.content.type },
          parentSub: item.parentSub,
        };
      }
      if (!(holder.fresh.content instanceof Y.ContentType)) return NOOP_PLACEMENT;
      const holderPlacement = this.placements.get(holder.fresh);
      if (!holderPlacement) return { kind: 'needs', struct: holder.fresh };
      if (holderPlacement.kind === 'noop') return NOOP_PLACEMENT;
      return { kind: 'placed', container: { kind: 'new', struct: holder.fresh }, parentSub: item.parentSub };
    }
    return { kind: 'refused', reason: 'a struct without a parent' };
  }

  /** Finds the struct holding an id: in the server's store, else in this update, else refuses. */
  private lookup(id: Y.ID): 'gc' | { stored: Y.Item } | { fresh: Y.Item } | { refused: string } {
    if (id.clock < Y.getState(this.store, id.client)) {
      const struct = Y.getItem(this.store, id);
      return struct instanceof Y.Item ? { stored: struct } : 'gc';
    }
    const list = this.updateStructs.get(id.client);
    const found = list ? findStruct(list, id.clock) : undefined;
    if (found === undefined)
      return { refused: `update depends on edits the server does not have (client ${id.client})` };
    if (found instanceof Y.Item) return { fresh: found };
    return 'gc';
  }

  private locationOf(placement: Placement): StructLocation {
    if (placement.kind === 'noop') return NOOP;
    const { container, parentSub } = placement;
    switch (container.kind) {
      case 'root':
        return { kind: 'at', root: container.name, path: [parentSub ?? '[]'], underDeleted: false, freshFrom: null };
      case 'stored':
        return childLocation(this.storedLocation(container.type), parentSub);
      case 'new':
        return childOfFreshType(this.locationOf(this.place(container.struct)), parentSub);
    }
  }

  private storedLocation(type: Y.AbstractType<unknown>): StructLocation {
    let location = this.storedLocations.get(type);
    if (!location) {
      location = locateStoredType(type);
      this.storedLocations.set(type, location);
    }
    return location;
  }

  /** Records the part a write touches, after checking that its content fits the document's layout. */
  private touch(location: StructLocation, content: StructContent | null): void {
    // Under a deleted type Yjs integrates the struct as deleted: it changes nothing anyone can see.
    if (location.kind === 'noop' || location.underDeleted) return;
    const classification = this.input.layout.classify(location, content);
    if ('invalid' in classification) throw new Refusal(classification.invalid);
    const part = classification.part;
    this.touchedParts.set(JSON.stringify(part), part);
  }

  /**
   * Each deleted range must lie within clocks the server has (or this update adds); each live item it
   * deletes is checked where it lies, except items inside a type deleted by the same update, which
   * go with it (deleting a clause lists all its nested items).
   */
  private checkDeletions(ds: DeleteSet): void {
    const deleting: Y.Item[] = [];
    for (const [client, ranges] of ds.clients) {
      const known = Y.getState(this.store, client);
      const list = this.updateStructs.get(client);
      const last = list?.[list.length - 1];
      const reachable = Math.max(known, last ? last.id.clock + last.length : 0);
      const structs = this.store.clients.get(client) ?? [];
      for (const range of ranges) {
        const end = range.clock + range.len;
        if (end > reachable)
          throw new MissingDependency(`update deletes content the server does not have (client ${client})`);
        if (range.clock >= known) continue; // Deletes content of this same update, checked where it was inserted.
        let index = Y.findIndexSS(structs, range.clock);
        for (; index < structs.length; index++) {
          const struct = structs[index];
          if (!struct || struct.id.clock >= Math.min(end, known)) break;
          if (struct instanceof Y.Item && !struct.deleted) {
            deleting.push(struct);
            if (deleting.length > this.limits.maxDeletedItems) {
              throw new Refusal(`update deletes too much to check (over ${this.limits.maxDeletedItems} items)`);
            }
          }
        }
      }
    }
    const deletedSet = new Set(deleting);
    const impliedByParent = new Map<Y.AbstractType<unknown>, boolean>();
    for (const item of deleting) {
      const parent = item.parent;
      if (!(parent instanceof Y.AbstractType)) continue;
      let implied = impliedByParent.get(parent);
      if (implied === undefined) {
        implied = hasDeletedAncestor(parent, deletedSet);
        impliedByParent.set(parent, implied);
      }
      if (implied) continue;
      this.touch(childLocation(this.storedLocation(parent), item.parentSub), null);
    }
  }
}

function hasDeletedAncestor(type: Y.AbstractType<unknown>, deleting: Set<Y.Item>): boolean {
  for (let item = type._item; item !== null; ) {
    if (item.deleted || deleting.has(item)) return true;
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) return false;
    item = parent._item;
  }
  return false;
}

/** Binary search in one client's structs (contiguous, in clock order). */
function findStruct(list: Struct[], clock: number): Struct | undefined {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const struct = list[mid] as Struct;
    if (clock < struct.id.clock) high = mid - 1;
    else if (clock >= struct.id.clock + struct.length) low = mid + 1;
    else return struct;
  }
  return undefined;
}
