/**
 * Undo and redo over whole-document snapshots. Typing in one field is one step: an edit to the
 * same field within COALESCE_MS of the previous one does not push a new snapshot.
 */
export const COALESCE_MS = 1000;
const LIMIT = 100;

export class History<T> {
  private undoStack: string[] = [];
  private redoStack: string[] = [];
  private lastKey: string | null = null;
  private lastAt = 0;

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly serialise: (value: T) => string = (value) => JSON.stringify(value),
  ) {}

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Call before an edit with (a getter of) the state it changes; `key` names the field edited. */
  record(before: () => T, key: string): void {
    const t = this.now();
    if (key === this.lastKey && t - this.lastAt < COALESCE_MS) {
      this.lastAt = t;
      return;
    }
    this.undoStack.push(this.serialise(before()));
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.redoStack = [];
    this.lastKey = key;
    this.lastAt = t;
  }

  /** The state to go back to, given the current one; null when there is none. */
  undo(current: T): T | null {
    const previous = this.undoStack.pop();
    if (previous === undefined) return null;
    this.redoStack.push(this.serialise(current));
    this.lastKey = null;
    return JSON.parse(previous) as T;
  }

  redo(current: T): T | null {
    const next = this.redoStack.pop();
    if (next === undefined) return null;
    this.undoStack.push(this.serialise(current));
    this.lastKey = null;
    return JSON.parse(next) as T;
  }

  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.lastKey = null;
  }
}
