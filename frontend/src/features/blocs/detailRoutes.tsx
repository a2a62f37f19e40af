// Lazy route module for "/blocs/:blocId".
export { BlocDetailPage as Component } from './BlocDetailPage';
