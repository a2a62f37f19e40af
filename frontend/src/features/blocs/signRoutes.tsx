// Lazy route module for "/blocs/:blocId/covenants/:year/sign" (a leader signs, on a phone).
export { CovenantSignPage as Component } from './CovenantSignPage';
