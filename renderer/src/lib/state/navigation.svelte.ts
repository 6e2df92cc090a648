/**
 * Which main view is showing. The app starts on the document view (the sample or the last
 * document); the library is one click or Ctrl+L away.
 */

/** The main views. */
export type MainView = 'document' | 'library' | 'reader';

/** The reactive current view. */
export class Navigation {
  view = $state<MainView>('document');

  /** Shows `view`. */
  show(view: MainView): void {
    this.view = view;
  }
}
