/**
 * The tagging feature's shared state: which editor view it acts on, the open picker or
 * menu, the registry window, and the one-line error. Every document change goes through
 * the view's dispatch (so the tab, undo history and autosave see it as an edit), and every
 * confirmation goes to `tags.confirm` so the registry learns it; a failed API call shows
 * one line and leaves the text as it is.
 */
import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { CopydeskApi } from '../../../../core/api/contract.ts';
import { ApiCallError } from '../../../../core/api/result.ts';
import type { Entity } from '../../../../core/article/model.ts';
import { docEntities } from '../editor/convert.ts';
import { entityFromRegistry, taggedMentions } from './entities.ts';
import { Suggester } from './suggester.svelte.ts';
import { suggestionsOf, type Suggestion } from './suggestions.ts';
import { relinkEntity, tagEveryMention, tagRange, trimmedSelection } from './tag-commands.ts';
import { acceptAndConfirm, type Confirmation, type TaggingHooks } from './tag-plugin.ts';

/** The entity picker: what it tags and where it was opened. */
export interface PickerState {
  readonly kind: 'person' | 'country';
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** The tag menu at a screen point; it acts on the view's selection. */
export interface MenuState {
  readonly x: number;
  readonly y: number;
}

/** The tagging feature of one window. */
export class Tagging {
  picker = $state.raw<PickerState | null>(null);
  menu = $state.raw<MenuState | null>(null);
  registryOpen = $state(false);
  error = $state<string | null>(null);
  /** Bumped by every registry change, so open registry views reload. */
  registryVersion = $state(0);
  /** The editor view tagging acts on (the active tab's), set by the app. */
  view: EditorView | null = null;
  readonly suggester: Suggester;
  /** The hooks the editor's plugins call. */
  readonly hooks: TaggingHooks;

  constructor(private readonly api: CopydeskApi) {
    this.suggester = new Suggester((request) => api['tags.suggest'](request));
    this.hooks = {
      suggester: this.suggester,
      onPick: (view, kind) => this.openPicker(kind, view),
      onMenu: (view, x, y) => {
        this.view = view;
        this.menu = { x, y };
      },
      onConfirm: (items) => void this.confirm(items),
    };
  }

  /** Runs a command on the active view; false when there is none or it does not apply. */
  run(command: Command): boolean {
    const view = this.view;
    return view ? command(view.state, view.dispatch, view) : false;
  }

  /** Gives the keyboard back to the text. */
  focusEditor(): void {
    this.view?.focus();
  }

  /** Opens the picker for the (trimmed) selection of `view`. */
  openPicker(kind: 'person' | 'country', view: EditorView | null = this.view): void {
    if (!view) return;
    this.view = view;
    const { from, to } = trimmedSelection(view.state.doc, view.state.selection.from, view.state.selection.to);
    if (to <= from) return;
    this.menu = null;
    this.picker = { kind, from, to, text: view.state.doc.textBetween(from, to) };
  }

  /** Closes the picker and returns to the text. */
  closePicker(): void {
    this.picker = null;
    this.focusEditor();
  }

  /** Tags the picker's range with `entity` and confirms it. */
  pick(entity: Entity): void {
    const picker = this.picker;
    this.picker = null;
    if (!picker) return;
    if (this.run(tagRange(picker.from, picker.to, entity))) void this.confirm([{ entity, mention: picker.text }]);
    else this.error = 'cannot tag this text';
    this.focusEditor();
  }

  /** Accepts every current suggestion (optionally of one entity). */
  acceptAll(entityId?: string): boolean {
    const view = this.view;
    if (!view) return false;
    const list = suggestionsOf(view.state).filter((s) => entityId === undefined || s.entityId === entityId);
    return this.run(acceptAndConfirm(list, this.hooks));
  }

  /** Accepts one suggestion. */
  accept(suggestion: Suggestion): boolean {
    return this.run(acceptAndConfirm([suggestion], this.hooks));
  }

  /** Tags every suggestion and exact repeat of `entity`, and confirms it. */
  tagEvery(entity: Entity): boolean {
    const view = this.view;
    if (!view || !this.run(tagEveryMention(entity))) return false;
    const mention = taggedMentions(view.state.doc).find((m) => m.entityId === entity.id);
    void this.confirm([{ entity, mention: mention?.text ?? entity.name }]);
    return true;
  }

  /**
   * Sends confirmations to the registry, one at a time (each is a locked write). When the
   * registry keeps the person under another id or canonical name, the document follows.
   */
  async confirm(items: readonly Confirmation[]): Promise<void> {
    let changed = false;
    for (const { entity, mention } of items) {
      try {
        const entry =
          entity.type === 'country'
            ? await this.api['tags.confirm']({ type: 'country', code: entity.code })
            : await this.api['tags.confirm']({ type: 'person', name: entity.name, mention });
        changed = true;
        const stored = entityFromRegistry(entry);
        if (stored.id !== entity.id || stored.name !== entity.name) this.relinkIfPresent(entity.id, stored);
      } catch (error) {
        this.fail(error);
      }
    }
    if (changed) this.registryChanged();
  }

  /** Renames a person: in the registry (adding them if needed) and in the document. */
  async rename(entity: Entity, name: string): Promise<void> {
    const trimmed = name.trim();
    if (entity.type !== 'person' || trimmed === '' || trimmed === entity.name) return;
    try {
      let entry;
      try {
        entry = await this.api['tags.registryUpsert']({ entry: { type: 'person', id: entity.id, name: trimmed } });
      } catch (error) {
        if (!(error instanceof ApiCallError && error.code === 'not-found')) throw error;
        entry = await this.api['tags.confirm']({ type: 'person', name: trimmed });
      }
      this.relinkIfPresent(entity.id, entityFromRegistry(entry));
      this.registryChanged();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Merges person `from` into `into`: the document's mentions move over, and the registry merges them. */
  async merge(from: Entity, into: Entity): Promise<void> {
    if (from.id === into.id || from.type !== into.type) return;
    this.relinkIfPresent(from.id, into);
    if (from.type !== 'person') return;
    try {
      await this.api['tags.registryMerge']({ intoId: into.id, fromId: from.id });
      this.registryChanged();
    } catch (error) {
      // A person the registry never had needs no merge there; the document is already merged.
      if (!(error instanceof ApiCallError && error.code === 'not-found')) this.fail(error);
    }
  }

  /** Tells everything that shows suggestions or the registry that it changed. */
  registryChanged(): void {
    this.registryVersion++;
    this.suggester.invalidate();
  }

  /** Shows a failure in one line. */
  fail(error: unknown): void {
    this.error = error instanceof Error ? error.message : String(error);
  }

  private relinkIfPresent(fromId: string, entity: Entity): void {
    const view = this.view;
    if (view && docEntities(view.state.doc).some((e) => e.id === fromId)) this.run(relinkEntity(fromId, entity));
  }
}
