/**
 * The one source of the colour scheme: the operating system's light or dark preference, followed
 * as it changes. The map, the layer list's key and the exported image all read it.
 */
import { MediaQuery } from 'svelte/reactivity';
import { paletteFor, type Palette, type Scheme } from '../map/theme.ts';

class ColourScheme {
  readonly #dark = new MediaQuery('prefers-color-scheme: dark');
  get scheme(): Scheme {
    return this.#dark.current ? 'dark' : 'light';
  }
  get palette(): Palette {
    return paletteFor(this.scheme);
  }
}

export const colourScheme = new ColourScheme();
