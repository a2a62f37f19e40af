// Lazy route module for "/blocs" (Khối, cụm thi đua), loaded by the router on first visit.
export { BlocsPage as Component } from './BlocsPage';
