// Lazy route module for "/awards/:tab?" (Khen thưởng), loaded by the router on first visit.
export { AwardsPage as Component } from './AwardsPage';
