// The map's two palettes: small, and needed before the map loads (the theme picks the one to
// create the map with), unlike the style built from them (map-style.ts).

export type Palette = {
  sea: string;
  land: string;
  focusLand: string;
  countryBorder: string;
  water: string;
  text: string;
  halo: string;
  rail: string;
  border: string;
};

export const LIGHT_PALETTE: Palette = {
  sea: '#c9dbe6',
  land: '#f1efe9',
  focusLand: '#fbf8f1',
  countryBorder: '#8c8a84',
  water: '#8fb6d1',
  text: '#2b2b2b',
  halo: '#ffffff',
  rail: '#4a4036',
  border: '#d1202f',
};

export const DARK_PALETTE: Palette = {
  sea: '#0f1b24',
  land: '#1f2326',
  focusLand: '#272c30',
  countryBorder: '#6f767c',
  water: '#2d5270',
  text: '#e8e6e1',
  halo: '#101214',
  rail: '#c9b89c',
  border: '#ff5a66',
};
