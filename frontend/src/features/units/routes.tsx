// Lazy route module for "/units" (Đơn vị), loaded by the router on first visit.
export { UnitsPage as Component } from './UnitsPage';
